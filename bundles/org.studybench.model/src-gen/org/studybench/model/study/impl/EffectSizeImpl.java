/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.studybench.model.study.EffectSize;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Effect Size</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.EffectSizeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EffectSizeImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EffectSizeImpl#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EffectSizeImpl#getCiHigh <em>Ci High</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EffectSizeImpl extends MinimalEObjectImpl.Container implements EffectSize {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiLow() <em>Ci Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLow()
	 * @generated
	 * @ordered
	 */
	protected static final Double CI_LOW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCiLow() <em>Ci Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLow()
	 * @generated
	 * @ordered
	 */
	protected Double ciLow = CI_LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiHigh() <em>Ci High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiHigh()
	 * @generated
	 * @ordered
	 */
	protected static final Double CI_HIGH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCiHigh() <em>Ci High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiHigh()
	 * @generated
	 * @ordered
	 */
	protected Double ciHigh = CI_HIGH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EffectSizeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.EFFECT_SIZE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.EFFECT_SIZE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue) {
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.EFFECT_SIZE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCiLow() {
		return ciLow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLow(Double newCiLow) {
		Double oldCiLow = ciLow;
		ciLow = newCiLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.EFFECT_SIZE__CI_LOW, oldCiLow, ciLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCiHigh() {
		return ciHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiHigh(Double newCiHigh) {
		Double oldCiHigh = ciHigh;
		ciHigh = newCiHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.EFFECT_SIZE__CI_HIGH, oldCiHigh, ciHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.EFFECT_SIZE__NAME:
				return getName();
			case StudyPackage.EFFECT_SIZE__VALUE:
				return getValue();
			case StudyPackage.EFFECT_SIZE__CI_LOW:
				return getCiLow();
			case StudyPackage.EFFECT_SIZE__CI_HIGH:
				return getCiHigh();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudyPackage.EFFECT_SIZE__NAME:
				setName((String)newValue);
				return;
			case StudyPackage.EFFECT_SIZE__VALUE:
				setValue((Double)newValue);
				return;
			case StudyPackage.EFFECT_SIZE__CI_LOW:
				setCiLow((Double)newValue);
				return;
			case StudyPackage.EFFECT_SIZE__CI_HIGH:
				setCiHigh((Double)newValue);
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
			case StudyPackage.EFFECT_SIZE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudyPackage.EFFECT_SIZE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case StudyPackage.EFFECT_SIZE__CI_LOW:
				setCiLow(CI_LOW_EDEFAULT);
				return;
			case StudyPackage.EFFECT_SIZE__CI_HIGH:
				setCiHigh(CI_HIGH_EDEFAULT);
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
			case StudyPackage.EFFECT_SIZE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudyPackage.EFFECT_SIZE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case StudyPackage.EFFECT_SIZE__CI_LOW:
				return CI_LOW_EDEFAULT == null ? ciLow != null : !CI_LOW_EDEFAULT.equals(ciLow);
			case StudyPackage.EFFECT_SIZE__CI_HIGH:
				return CI_HIGH_EDEFAULT == null ? ciHigh != null : !CI_HIGH_EDEFAULT.equals(ciHigh);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", value: ");
		result.append(value);
		result.append(", ciLow: ");
		result.append(ciLow);
		result.append(", ciHigh: ");
		result.append(ciHigh);
		result.append(')');
		return result.toString();
	}

} //EffectSizeImpl
