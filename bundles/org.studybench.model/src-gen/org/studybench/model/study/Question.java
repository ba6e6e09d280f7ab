/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of an instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Question#getText <em>Text</em>}</li>
 *   <li>{@link org.studybench.model.study.Question#getType <em>Type</em>}</li>
 *   <li>{@link org.studybench.model.study.Question#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getQuestion()
 * @model
 * @generated
 */
public interface Question extends Named {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Question wording as asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.studybench.model.study.StudyPackage#getQuestion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Question#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.QuestionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.studybench.model.study.QuestionType
	 * @see #setType(QuestionType)
	 * @see org.studybench.model.study.StudyPackage#getQuestion_Type()
	 * @model
	 * @generated
	 */
	QuestionType getType();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Question#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.studybench.model.study.QuestionType
	 * @see #getType()
	 * @generated
	 */
	void setType(QuestionType value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getQuestion_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Option> getOptions();

} // Question
