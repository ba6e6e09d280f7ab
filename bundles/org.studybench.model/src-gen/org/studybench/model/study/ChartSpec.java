/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chart Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a chart shows and how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.ChartSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getXLabel <em>XLabel</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getYLabel <em>YLabel</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getXScale <em>XScale</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getYScale <em>YScale</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#isPercent <em>Percent</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getPalette <em>Palette</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getWidth <em>Width</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getHeight <em>Height</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.studybench.model.study.ChartSpec#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getChartSpec()
 * @model
 * @generated
 */
public interface ChartSpec extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chart kind id, e.g. grouped-bar; plug-ins add kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtitle</em>' attribute.
	 * @see #setSubtitle(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Subtitle()
	 * @model
	 * @generated
	 */
	String getSubtitle();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getSubtitle <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtitle</em>' attribute.
	 * @see #getSubtitle()
	 * @generated
	 */
	void setSubtitle(String value);

	/**
	 * Returns the value of the '<em><b>XLabel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XLabel</em>' attribute.
	 * @see #setXLabel(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_XLabel()
	 * @model
	 * @generated
	 */
	String getXLabel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getXLabel <em>XLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XLabel</em>' attribute.
	 * @see #getXLabel()
	 * @generated
	 */
	void setXLabel(String value);

	/**
	 * Returns the value of the '<em><b>YLabel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>YLabel</em>' attribute.
	 * @see #setYLabel(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_YLabel()
	 * @model
	 * @generated
	 */
	String getYLabel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getYLabel <em>YLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YLabel</em>' attribute.
	 * @see #getYLabel()
	 * @generated
	 */
	void setYLabel(String value);

	/**
	 * Returns the value of the '<em><b>XScale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.AxisScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XScale</em>' attribute.
	 * @see org.studybench.model.study.AxisScale
	 * @see #setXScale(AxisScale)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_XScale()
	 * @model
	 * @generated
	 */
	AxisScale getXScale();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getXScale <em>XScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XScale</em>' attribute.
	 * @see org.studybench.model.study.AxisScale
	 * @see #getXScale()
	 * @generated
	 */
	void setXScale(AxisScale value);

	/**
	 * Returns the value of the '<em><b>YScale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.AxisScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>YScale</em>' attribute.
	 * @see org.studybench.model.study.AxisScale
	 * @see #setYScale(AxisScale)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_YScale()
	 * @model
	 * @generated
	 */
	AxisScale getYScale();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getYScale <em>YScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YScale</em>' attribute.
	 * @see org.studybench.model.study.AxisScale
	 * @see #getYScale()
	 * @generated
	 */
	void setYScale(AxisScale value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(boolean)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Percent()
	 * @model
	 * @generated
	 */
	boolean isPercent();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#isPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #isPercent()
	 * @generated
	 */
	void setPercent(boolean value);

	/**
	 * Returns the value of the '<em><b>Palette</b></em>' attribute.
	 * The default value is <code>"okabe-ito"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Palette</em>' attribute.
	 * @see #setPalette(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Palette()
	 * @model default="okabe-ito"
	 * @generated
	 */
	String getPalette();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getPalette <em>Palette</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Palette</em>' attribute.
	 * @see #getPalette()
	 * @generated
	 */
	void setPalette(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"800"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Width()
	 * @model default="800"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Height()
	 * @model default="500"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Sort Order</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.SortOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sort Order</em>' attribute.
	 * @see org.studybench.model.study.SortOrder
	 * @see #setSortOrder(SortOrder)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_SortOrder()
	 * @model
	 * @generated
	 */
	SortOrder getSortOrder();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getSortOrder <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Order</em>' attribute.
	 * @see org.studybench.model.study.SortOrder
	 * @see #getSortOrder()
	 * @generated
	 */
	void setSortOrder(SortOrder value);

	/**
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which confidence interval to draw, e.g. wilson; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(String)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Interval()
	 * @model
	 * @generated
	 */
	String getInterval();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Findings()
	 * @model
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.ChartSpec#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind-specific settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getChartSpec_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getProperties();

} // ChartSpec
