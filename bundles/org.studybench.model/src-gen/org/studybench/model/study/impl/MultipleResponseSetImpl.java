/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Question;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Multiple Response Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.MultipleResponseSetImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.MultipleResponseSetImpl#getCountedValue <em>Counted Value</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.MultipleResponseSetImpl#getQuestion <em>Question</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MultipleResponseSetImpl extends NamedImpl implements MultipleResponseSet {
	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The default value of the '{@link #getCountedValue() <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedValue()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountedValue() <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedValue()
	 * @generated
	 * @ordered
	 */
	protected String countedValue = COUNTED_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected Question question;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MultipleResponseSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.MULTIPLE_RESPONSE_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectResolvingEList<Variable>(Variable.class, this, StudyPackage.MULTIPLE_RESPONSE_SET__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountedValue() {
		return countedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountedValue(String newCountedValue) {
		String oldCountedValue = countedValue;
		countedValue = newCountedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE, oldCountedValue, countedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getQuestion() {
		if (question != null && question.eIsProxy()) {
			InternalEObject oldQuestion = (InternalEObject)question;
			question = (Question)eResolveProxy(oldQuestion);
			if (question != oldQuestion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION, oldQuestion, question));
			}
		}
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Question basicGetQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(Question newQuestion) {
		Question oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				return getVariables();
			case StudyPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				return getCountedValue();
			case StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION:
				if (resolve) return getQuestion();
				return basicGetQuestion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudyPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case StudyPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				setCountedValue((String)newValue);
				return;
			case StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION:
				setQuestion((Question)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case StudyPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				getVariables().clear();
				return;
			case StudyPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				setCountedValue(COUNTED_VALUE_EDEFAULT);
				return;
			case StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION:
				setQuestion((Question)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case StudyPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				return variables != null && !variables.isEmpty();
			case StudyPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				return COUNTED_VALUE_EDEFAULT == null ? countedValue != null : !COUNTED_VALUE_EDEFAULT.equals(countedValue);
			case StudyPackage.MULTIPLE_RESPONSE_SET__QUESTION:
				return question != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (countedValue: ");
		result.append(countedValue);
		result.append(')');
		return result.toString();
	}

} //MultipleResponseSetImpl
