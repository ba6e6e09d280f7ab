/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value of a finding in one segment (or the whole sample when no segment is set).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Estimate#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getValue <em>Value</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getN <em>N</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getCount <em>Count</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getSd <em>Sd</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getCiHigh <em>Ci High</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getCiMethod <em>Ci Method</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.studybench.model.study.Estimate#getPublishedText <em>Published Text</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getEstimate()
 * @model
 * @generated
 */
public interface Estimate extends Identified {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A proportion in [0,1], a mean, or a count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base n of this segment when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(Integer)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_N()
	 * @model
	 * @generated
	 */
	Integer getN();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(Integer value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of successes (weighted when the finding is weighted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Double)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_Count()
	 * @model
	 * @generated
	 */
	Double getCount();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Double value);

	/**
	 * Returns the value of the '<em><b>Sd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation, for means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sd</em>' attribute.
	 * @see #setSd(Double)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_Sd()
	 * @model
	 * @generated
	 */
	Double getSd();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getSd <em>Sd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sd</em>' attribute.
	 * @see #getSd()
	 * @generated
	 */
	void setSd(Double value);

	/**
	 * Returns the value of the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Low</em>' attribute.
	 * @see #setCiLow(Double)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_CiLow()
	 * @model
	 * @generated
	 */
	Double getCiLow();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getCiLow <em>Ci Low</em>}' attribute.
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
	 * @see org.studybench.model.study.StudyPackage#getEstimate_CiHigh()
	 * @model
	 * @generated
	 */
	Double getCiHigh();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getCiHigh <em>Ci High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci High</em>' attribute.
	 * @see #getCiHigh()
	 * @generated
	 */
	void setCiHigh(Double value);

	/**
	 * Returns the value of the '<em><b>Ci Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Method</em>' attribute.
	 * @see #setCiMethod(String)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_CiMethod()
	 * @model
	 * @generated
	 */
	String getCiMethod();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getCiMethod <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Method</em>' attribute.
	 * @see #getCiMethod()
	 * @generated
	 */
	void setCiMethod(String value);

	/**
	 * Returns the value of the '<em><b>Ci Level</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Level</em>' attribute.
	 * @see #setCiLevel(double)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_CiLevel()
	 * @model default="0.95"
	 * @generated
	 */
	double getCiLevel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getCiLevel <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Level</em>' attribute.
	 * @see #getCiLevel()
	 * @generated
	 */
	void setCiLevel(double value);

	/**
	 * Returns the value of the '<em><b>Published Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as printed in the source, e.g. "7 in 10".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published Text</em>' attribute.
	 * @see #setPublishedText(String)
	 * @see org.studybench.model.study.StudyPackage#getEstimate_PublishedText()
	 * @model
	 * @generated
	 */
	String getPublishedText();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Estimate#getPublishedText <em>Published Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Text</em>' attribute.
	 * @see #getPublishedText()
	 * @generated
	 */
	void setPublishedText(String value);

} // Estimate
