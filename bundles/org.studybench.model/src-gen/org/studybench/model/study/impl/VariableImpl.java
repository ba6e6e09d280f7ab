/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.Net;
import org.studybench.model.study.Question;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;
import org.studybench.model.study.VariableType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getMeasureLevel <em>Measure Level</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getValueLabels <em>Value Labels</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getMissingValues <em>Missing Values</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.VariableImpl#getNets <em>Nets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariableImpl extends NamedImpl implements Variable {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final VariableType TYPE_EDEFAULT = VariableType.STRING;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected VariableType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasureLevel() <em>Measure Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureLevel()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureLevel MEASURE_LEVEL_EDEFAULT = MeasureLevel.NOMINAL;

	/**
	 * The cached value of the '{@link #getMeasureLevel() <em>Measure Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureLevel()
	 * @generated
	 * @ordered
	 */
	protected MeasureLevel measureLevel = MEASURE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final VariableRole ROLE_EDEFAULT = VariableRole.NONE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected VariableRole role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValueLabels() <em>Value Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueLabel> valueLabels;

	/**
	 * The cached value of the '{@link #getMissingValues() <em>Missing Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missingValues;

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
	 * The cached value of the '{@link #getNets() <em>Nets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNets()
	 * @generated
	 * @ordered
	 */
	protected EList<Net> nets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.VARIABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(VariableType newType) {
		VariableType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VARIABLE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureLevel getMeasureLevel() {
		return measureLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasureLevel(MeasureLevel newMeasureLevel) {
		MeasureLevel oldMeasureLevel = measureLevel;
		measureLevel = newMeasureLevel == null ? MEASURE_LEVEL_EDEFAULT : newMeasureLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VARIABLE__MEASURE_LEVEL, oldMeasureLevel, measureLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(VariableRole newRole) {
		VariableRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VARIABLE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueLabel> getValueLabels() {
		if (valueLabels == null) {
			valueLabels = new EObjectContainmentEList<ValueLabel>(ValueLabel.class, this, StudyPackage.VARIABLE__VALUE_LABELS);
		}
		return valueLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissingValues() {
		if (missingValues == null) {
			missingValues = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.VARIABLE__MISSING_VALUES);
		}
		return missingValues;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.VARIABLE__QUESTION, oldQuestion, question));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VARIABLE__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Net> getNets() {
		if (nets == null) {
			nets = new EObjectContainmentEList<Net>(Net.class, this, StudyPackage.VARIABLE__NETS);
		}
		return nets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.VARIABLE__VALUE_LABELS:
				return ((InternalEList<?>)getValueLabels()).basicRemove(otherEnd, msgs);
			case StudyPackage.VARIABLE__NETS:
				return ((InternalEList<?>)getNets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.VARIABLE__TYPE:
				return getType();
			case StudyPackage.VARIABLE__MEASURE_LEVEL:
				return getMeasureLevel();
			case StudyPackage.VARIABLE__ROLE:
				return getRole();
			case StudyPackage.VARIABLE__VALUE_LABELS:
				return getValueLabels();
			case StudyPackage.VARIABLE__MISSING_VALUES:
				return getMissingValues();
			case StudyPackage.VARIABLE__QUESTION:
				if (resolve) return getQuestion();
				return basicGetQuestion();
			case StudyPackage.VARIABLE__NETS:
				return getNets();
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
			case StudyPackage.VARIABLE__TYPE:
				setType((VariableType)newValue);
				return;
			case StudyPackage.VARIABLE__MEASURE_LEVEL:
				setMeasureLevel((MeasureLevel)newValue);
				return;
			case StudyPackage.VARIABLE__ROLE:
				setRole((VariableRole)newValue);
				return;
			case StudyPackage.VARIABLE__VALUE_LABELS:
				getValueLabels().clear();
				getValueLabels().addAll((Collection<? extends ValueLabel>)newValue);
				return;
			case StudyPackage.VARIABLE__MISSING_VALUES:
				getMissingValues().clear();
				getMissingValues().addAll((Collection<? extends String>)newValue);
				return;
			case StudyPackage.VARIABLE__QUESTION:
				setQuestion((Question)newValue);
				return;
			case StudyPackage.VARIABLE__NETS:
				getNets().clear();
				getNets().addAll((Collection<? extends Net>)newValue);
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
			case StudyPackage.VARIABLE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case StudyPackage.VARIABLE__MEASURE_LEVEL:
				setMeasureLevel(MEASURE_LEVEL_EDEFAULT);
				return;
			case StudyPackage.VARIABLE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case StudyPackage.VARIABLE__VALUE_LABELS:
				getValueLabels().clear();
				return;
			case StudyPackage.VARIABLE__MISSING_VALUES:
				getMissingValues().clear();
				return;
			case StudyPackage.VARIABLE__QUESTION:
				setQuestion((Question)null);
				return;
			case StudyPackage.VARIABLE__NETS:
				getNets().clear();
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
			case StudyPackage.VARIABLE__TYPE:
				return type != TYPE_EDEFAULT;
			case StudyPackage.VARIABLE__MEASURE_LEVEL:
				return measureLevel != MEASURE_LEVEL_EDEFAULT;
			case StudyPackage.VARIABLE__ROLE:
				return role != ROLE_EDEFAULT;
			case StudyPackage.VARIABLE__VALUE_LABELS:
				return valueLabels != null && !valueLabels.isEmpty();
			case StudyPackage.VARIABLE__MISSING_VALUES:
				return missingValues != null && !missingValues.isEmpty();
			case StudyPackage.VARIABLE__QUESTION:
				return question != null;
			case StudyPackage.VARIABLE__NETS:
				return nets != null && !nets.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", measureLevel: ");
		result.append(measureLevel);
		result.append(", role: ");
		result.append(role);
		result.append(", missingValues: ");
		result.append(missingValues);
		result.append(')');
		return result.toString();
	}

} //VariableImpl
