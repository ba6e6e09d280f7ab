/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One section of a report.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getKind <em>Kind</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getText <em>Text</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getChart <em>Chart</em>}</li>
 *   <li>{@link org.studybench.model.study.Section#getTable <em>Table</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.studybench.model.study.StudyPackage#getSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.studybench.model.study.SectionKind
	 * @see #setKind(SectionKind)
	 * @see org.studybench.model.study.StudyPackage#getSection_Kind()
	 * @model
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Section#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.studybench.model.study.SectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Markdown text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.studybench.model.study.StudyPackage#getSection_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Section#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getSection_Findings()
	 * @model
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getSection_Comparisons()
	 * @model
	 * @generated
	 */
	EList<Comparison> getComparisons();

	/**
	 * Returns the value of the '<em><b>Chart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chart</em>' reference.
	 * @see #setChart(ChartSpec)
	 * @see org.studybench.model.study.StudyPackage#getSection_Chart()
	 * @model
	 * @generated
	 */
	ChartSpec getChart();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Section#getChart <em>Chart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chart</em>' reference.
	 * @see #getChart()
	 * @generated
	 */
	void setChart(ChartSpec value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table a table section shows; all the study's tables when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' reference.
	 * @see #setTable(TableSpec)
	 * @see org.studybench.model.study.StudyPackage#getSection_Table()
	 * @model
	 * @generated
	 */
	TableSpec getTable();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Section#getTable <em>Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' reference.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(TableSpec value);

} // Section
