/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multiple Response Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Variables that together answer one multiple-response question.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.MultipleResponseSet#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.studybench.model.study.MultipleResponseSet#getCountedValue <em>Counted Value</em>}</li>
 *   <li>{@link org.studybench.model.study.MultipleResponseSet#getQuestion <em>Question</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getMultipleResponseSet()
 * @model
 * @generated
 */
public interface MultipleResponseSet extends Named {
	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link org.studybench.model.study.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see org.studybench.model.study.StudyPackage#getMultipleResponseSet_Variables()
	 * @model
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Counted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value that counts as "selected", e.g. 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counted Value</em>' attribute.
	 * @see #setCountedValue(String)
	 * @see org.studybench.model.study.StudyPackage#getMultipleResponseSet_CountedValue()
	 * @model
	 * @generated
	 */
	String getCountedValue();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.MultipleResponseSet#getCountedValue <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counted Value</em>' attribute.
	 * @see #getCountedValue()
	 * @generated
	 */
	void setCountedValue(String value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(Question)
	 * @see org.studybench.model.study.StudyPackage#getMultipleResponseSet_Question()
	 * @model
	 * @generated
	 */
	Question getQuestion();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.MultipleResponseSet#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(Question value);

} // MultipleResponseSet
