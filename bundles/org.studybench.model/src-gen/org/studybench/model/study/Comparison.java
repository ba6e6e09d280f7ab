/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statistical test applied to findings or segments, with its full result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Comparison#getComparatorId <em>Comparator Id</em>}</li>
 *   <li>{@link org.studybench.model.study.Comparison#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.studybench.model.study.Comparison#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.Comparison#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.studybench.model.study.Comparison#getFamily <em>Family</em>}</li>
 *   <li>{@link org.studybench.model.study.Comparison#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getComparison()
 * @model
 * @generated
 */
public interface Comparison extends Named {
	/**
	 * Returns the value of the '<em><b>Comparator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the comparator service, e.g. two-proportions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparator Id</em>' attribute.
	 * @see #setComparatorId(String)
	 * @see org.studybench.model.study.StudyPackage#getComparison_ComparatorId()
	 * @model
	 * @generated
	 */
	String getComparatorId();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Comparison#getComparatorId <em>Comparator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator Id</em>' attribute.
	 * @see #getComparatorId()
	 * @generated
	 */
	void setComparatorId(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getComparison_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getComparison_Findings()
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
	 * @see org.studybench.model.study.StudyPackage#getComparison_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comparisons with the same family are corrected together for multiple testing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.studybench.model.study.StudyPackage#getComparison_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Comparison#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' containment reference.
	 * @see #setResult(Result)
	 * @see org.studybench.model.study.StudyPackage#getComparison_Result()
	 * @model containment="true"
	 * @generated
	 */
	Result getResult();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Comparison#getResult <em>Result</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' containment reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(Result value);

} // Comparison
