/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything a comparator reported, with provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Result#getStatisticName <em>Statistic Name</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getDf <em>Df</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getDf2 <em>Df2</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getAdjustedP <em>Adjusted P</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getEstimateName <em>Estimate Name</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getCiHigh <em>Ci High</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getEffectSizes <em>Effect Sizes</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getValues <em>Values</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getMethodText <em>Method Text</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getInputHash <em>Input Hash</em>}</li>
 *   <li>{@link org.studybench.model.study.Result#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getResult()
 * @model
 * @generated
 */
public interface Result extends EObject {
	/**
	 * Returns the value of the '<em><b>Statistic Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. z, X-squared, F.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statistic Name</em>' attribute.
	 * @see #setStatisticName(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_StatisticName()
	 * @model
	 * @generated
	 */
	String getStatisticName();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getStatisticName <em>Statistic Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistic Name</em>' attribute.
	 * @see #getStatisticName()
	 * @generated
	 */
	void setStatisticName(String value);

	/**
	 * Returns the value of the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statistic</em>' attribute.
	 * @see #setStatistic(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_Statistic()
	 * @model
	 * @generated
	 */
	Double getStatistic();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getStatistic <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistic</em>' attribute.
	 * @see #getStatistic()
	 * @generated
	 */
	void setStatistic(Double value);

	/**
	 * Returns the value of the '<em><b>Df</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Df</em>' attribute.
	 * @see #setDf(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_Df()
	 * @model
	 * @generated
	 */
	Double getDf();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getDf <em>Df</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Df</em>' attribute.
	 * @see #getDf()
	 * @generated
	 */
	void setDf(Double value);

	/**
	 * Returns the value of the '<em><b>Df2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Denominator degrees of freedom of F statistics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Df2</em>' attribute.
	 * @see #setDf2(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_Df2()
	 * @model
	 * @generated
	 */
	Double getDf2();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getDf2 <em>Df2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Df2</em>' attribute.
	 * @see #getDf2()
	 * @generated
	 */
	void setDf2(Double value);

	/**
	 * Returns the value of the '<em><b>PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>PValue</em>' attribute.
	 * @see #setPValue(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_PValue()
	 * @model
	 * @generated
	 */
	Double getPValue();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getPValue <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>PValue</em>' attribute.
	 * @see #getPValue()
	 * @generated
	 */
	void setPValue(Double value);

	/**
	 * Returns the value of the '<em><b>Adjusted P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjusted P</em>' attribute.
	 * @see #setAdjustedP(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_AdjustedP()
	 * @model
	 * @generated
	 */
	Double getAdjustedP();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getAdjustedP <em>Adjusted P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjusted P</em>' attribute.
	 * @see #getAdjustedP()
	 * @generated
	 */
	void setAdjustedP(Double value);

	/**
	 * Returns the value of the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiple-comparison correction applied to adjustedP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjustment</em>' attribute.
	 * @see #setAdjustment(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_Adjustment()
	 * @model
	 * @generated
	 */
	String getAdjustment();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getAdjustment <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjustment</em>' attribute.
	 * @see #getAdjustment()
	 * @generated
	 */
	void setAdjustment(String value);

	/**
	 * Returns the value of the '<em><b>Estimate Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimate Name</em>' attribute.
	 * @see #setEstimateName(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_EstimateName()
	 * @model
	 * @generated
	 */
	String getEstimateName();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getEstimateName <em>Estimate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate Name</em>' attribute.
	 * @see #getEstimateName()
	 * @generated
	 */
	void setEstimateName(String value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimate</em>' attribute.
	 * @see #setEstimate(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_Estimate()
	 * @model
	 * @generated
	 */
	Double getEstimate();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getEstimate <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' attribute.
	 * @see #getEstimate()
	 * @generated
	 */
	void setEstimate(Double value);

	/**
	 * Returns the value of the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Low</em>' attribute.
	 * @see #setCiLow(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_CiLow()
	 * @model
	 * @generated
	 */
	Double getCiLow();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getCiLow <em>Ci Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Low</em>' attribute.
	 * @see #getCiLow()
	 * @generated
	 */
	void setCiLow(Double value);

	/**
	 * Returns the value of the '<em><b>Ci High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci High</em>' attribute.
	 * @see #setCiHigh(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_CiHigh()
	 * @model
	 * @generated
	 */
	Double getCiHigh();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getCiHigh <em>Ci High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci High</em>' attribute.
	 * @see #getCiHigh()
	 * @generated
	 */
	void setCiHigh(Double value);

	/**
	 * Returns the value of the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Level</em>' attribute.
	 * @see #setCiLevel(Double)
	 * @see org.studybench.model.study.StudyPackage#getResult_CiLevel()
	 * @model
	 * @generated
	 */
	Double getCiLevel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getCiLevel <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Level</em>' attribute.
	 * @see #getCiLevel()
	 * @generated
	 */
	void setCiLevel(Double value);

	/**
	 * Returns the value of the '<em><b>Effect Sizes</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.EffectSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect Sizes</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getResult_EffectSizes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EffectSize> getEffectSizes();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further named outputs of the comparator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getResult_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getValues();

	/**
	 * Returns the value of the '<em><b>Method Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Method as it should be cited in a report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method Text</em>' attribute.
	 * @see #setMethodText(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_MethodText()
	 * @model
	 * @generated
	 */
	String getMethodText();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getMethodText <em>Method Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Text</em>' attribute.
	 * @see #getMethodText()
	 * @generated
	 */
	void setMethodText(String value);

	/**
	 * Returns the value of the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tool Version</em>' attribute.
	 * @see #setToolVersion(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_ToolVersion()
	 * @model
	 * @generated
	 */
	String getToolVersion();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getToolVersion <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool Version</em>' attribute.
	 * @see #getToolVersion()
	 * @generated
	 */
	void setToolVersion(String value);

	/**
	 * Returns the value of the '<em><b>Input Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash of the inputs; a result whose inputs are unchanged is reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Hash</em>' attribute.
	 * @see #setInputHash(String)
	 * @see org.studybench.model.study.StudyPackage#getResult_InputHash()
	 * @model
	 * @generated
	 */
	String getInputHash();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Result#getInputHash <em>Input Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Hash</em>' attribute.
	 * @see #getInputHash()
	 * @generated
	 */
	void setInputHash(String value);

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.studybench.model.study.StudyPackage#getResult_Warnings()
	 * @model
	 * @generated
	 */
	EList<String> getWarnings();

} // Result
