/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column of a dataset with its dictionary entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Variable#getType <em>Type</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getMeasureLevel <em>Measure Level</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getRole <em>Role</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getValueLabels <em>Value Labels</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getMissingValues <em>Missing Values</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.studybench.model.study.Variable#getNets <em>Nets</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getVariable()
 * @model
 * @generated
 */
public interface Variable extends Named {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.VariableType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.studybench.model.study.VariableType
	 * @see #setType(VariableType)
	 * @see org.studybench.model.study.StudyPackage#getVariable_Type()
	 * @model
	 * @generated
	 */
	VariableType getType();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Variable#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.studybench.model.study.VariableType
	 * @see #getType()
	 * @generated
	 */
	void setType(VariableType value);

	/**
	 * Returns the value of the '<em><b>Measure Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.MeasureLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure Level</em>' attribute.
	 * @see org.studybench.model.study.MeasureLevel
	 * @see #setMeasureLevel(MeasureLevel)
	 * @see org.studybench.model.study.StudyPackage#getVariable_MeasureLevel()
	 * @model
	 * @generated
	 */
	MeasureLevel getMeasureLevel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Variable#getMeasureLevel <em>Measure Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure Level</em>' attribute.
	 * @see org.studybench.model.study.MeasureLevel
	 * @see #getMeasureLevel()
	 * @generated
	 */
	void setMeasureLevel(MeasureLevel value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.VariableRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Design role: survey weight, cluster (PSU) or stratum identifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.studybench.model.study.VariableRole
	 * @see #setRole(VariableRole)
	 * @see org.studybench.model.study.StudyPackage#getVariable_Role()
	 * @model
	 * @generated
	 */
	VariableRole getRole();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Variable#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.studybench.model.study.VariableRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(VariableRole value);

	/**
	 * Returns the value of the '<em><b>Value Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.ValueLabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Labels</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getVariable_ValueLabels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueLabel> getValueLabels();

	/**
	 * Returns the value of the '<em><b>Missing Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes treated as missing (user-missing in SPSS terms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Values</em>' attribute list.
	 * @see org.studybench.model.study.StudyPackage#getVariable_MissingValues()
	 * @model
	 * @generated
	 */
	EList<String> getMissingValues();

	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question this variable answers, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(Question)
	 * @see org.studybench.model.study.StudyPackage#getVariable_Question()
	 * @model
	 * @generated
	 */
	Question getQuestion();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Variable#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Nets</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Net}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Answers combined into one, e.g. the top two boxes of a 5-point scale; tables show them beneath the answers, with letters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nets</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getVariable_Nets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Net> getNets();

} // Variable
