/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.studybench.model.study.Estimate;
import org.studybench.model.study.Segment;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getN <em>N</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getSd <em>Sd</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getCiHigh <em>Ci High</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getCiMethod <em>Ci Method</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.EstimateImpl#getPublishedText <em>Published Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EstimateImpl extends IdentifiedImpl implements Estimate {
	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected static final Integer N_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected Integer n = N_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final Double COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected Double count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSd() <em>Sd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSd()
	 * @generated
	 * @ordered
	 */
	protected static final Double SD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSd() <em>Sd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSd()
	 * @generated
	 * @ordered
	 */
	protected Double sd = SD_EDEFAULT;

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
	 * The default value of the '{@link #getCiMethod() <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String CI_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCiMethod() <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiMethod()
	 * @generated
	 * @ordered
	 */
	protected String ciMethod = CI_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_LEVEL_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected double ciLevel = CI_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedText() <em>Published Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedText()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedText() <em>Published Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedText()
	 * @generated
	 * @ordered
	 */
	protected String publishedText = PUBLISHED_TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.ESTIMATE__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN(Integer newN) {
		Integer oldN = n;
		n = newN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__N, oldN, n));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(Double newCount) {
		Double oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getSd() {
		return sd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSd(Double newSd) {
		Double oldSd = sd;
		sd = newSd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__SD, oldSd, sd));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__CI_LOW, oldCiLow, ciLow));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__CI_HIGH, oldCiHigh, ciHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCiMethod() {
		return ciMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiMethod(String newCiMethod) {
		String oldCiMethod = ciMethod;
		ciMethod = newCiMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__CI_METHOD, oldCiMethod, ciMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCiLevel() {
		return ciLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLevel(double newCiLevel) {
		double oldCiLevel = ciLevel;
		ciLevel = newCiLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__CI_LEVEL, oldCiLevel, ciLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedText() {
		return publishedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedText(String newPublishedText) {
		String oldPublishedText = publishedText;
		publishedText = newPublishedText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ESTIMATE__PUBLISHED_TEXT, oldPublishedText, publishedText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.ESTIMATE__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case StudyPackage.ESTIMATE__VALUE:
				return getValue();
			case StudyPackage.ESTIMATE__N:
				return getN();
			case StudyPackage.ESTIMATE__COUNT:
				return getCount();
			case StudyPackage.ESTIMATE__SD:
				return getSd();
			case StudyPackage.ESTIMATE__CI_LOW:
				return getCiLow();
			case StudyPackage.ESTIMATE__CI_HIGH:
				return getCiHigh();
			case StudyPackage.ESTIMATE__CI_METHOD:
				return getCiMethod();
			case StudyPackage.ESTIMATE__CI_LEVEL:
				return getCiLevel();
			case StudyPackage.ESTIMATE__PUBLISHED_TEXT:
				return getPublishedText();
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
			case StudyPackage.ESTIMATE__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case StudyPackage.ESTIMATE__VALUE:
				setValue((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__N:
				setN((Integer)newValue);
				return;
			case StudyPackage.ESTIMATE__COUNT:
				setCount((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__SD:
				setSd((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__CI_LOW:
				setCiLow((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__CI_HIGH:
				setCiHigh((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__CI_METHOD:
				setCiMethod((String)newValue);
				return;
			case StudyPackage.ESTIMATE__CI_LEVEL:
				setCiLevel((Double)newValue);
				return;
			case StudyPackage.ESTIMATE__PUBLISHED_TEXT:
				setPublishedText((String)newValue);
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
			case StudyPackage.ESTIMATE__SEGMENT:
				setSegment((Segment)null);
				return;
			case StudyPackage.ESTIMATE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__N:
				setN(N_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__SD:
				setSd(SD_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__CI_LOW:
				setCiLow(CI_LOW_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__CI_HIGH:
				setCiHigh(CI_HIGH_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__CI_METHOD:
				setCiMethod(CI_METHOD_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__CI_LEVEL:
				setCiLevel(CI_LEVEL_EDEFAULT);
				return;
			case StudyPackage.ESTIMATE__PUBLISHED_TEXT:
				setPublishedText(PUBLISHED_TEXT_EDEFAULT);
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
			case StudyPackage.ESTIMATE__SEGMENT:
				return segment != null;
			case StudyPackage.ESTIMATE__VALUE:
				return value != VALUE_EDEFAULT;
			case StudyPackage.ESTIMATE__N:
				return N_EDEFAULT == null ? n != null : !N_EDEFAULT.equals(n);
			case StudyPackage.ESTIMATE__COUNT:
				return COUNT_EDEFAULT == null ? count != null : !COUNT_EDEFAULT.equals(count);
			case StudyPackage.ESTIMATE__SD:
				return SD_EDEFAULT == null ? sd != null : !SD_EDEFAULT.equals(sd);
			case StudyPackage.ESTIMATE__CI_LOW:
				return CI_LOW_EDEFAULT == null ? ciLow != null : !CI_LOW_EDEFAULT.equals(ciLow);
			case StudyPackage.ESTIMATE__CI_HIGH:
				return CI_HIGH_EDEFAULT == null ? ciHigh != null : !CI_HIGH_EDEFAULT.equals(ciHigh);
			case StudyPackage.ESTIMATE__CI_METHOD:
				return CI_METHOD_EDEFAULT == null ? ciMethod != null : !CI_METHOD_EDEFAULT.equals(ciMethod);
			case StudyPackage.ESTIMATE__CI_LEVEL:
				return ciLevel != CI_LEVEL_EDEFAULT;
			case StudyPackage.ESTIMATE__PUBLISHED_TEXT:
				return PUBLISHED_TEXT_EDEFAULT == null ? publishedText != null : !PUBLISHED_TEXT_EDEFAULT.equals(publishedText);
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
		result.append(" (value: ");
		result.append(value);
		result.append(", n: ");
		result.append(n);
		result.append(", count: ");
		result.append(count);
		result.append(", sd: ");
		result.append(sd);
		result.append(", ciLow: ");
		result.append(ciLow);
		result.append(", ciHigh: ");
		result.append(ciHigh);
		result.append(", ciMethod: ");
		result.append(ciMethod);
		result.append(", ciLevel: ");
		result.append(ciLevel);
		result.append(", publishedText: ");
		result.append(publishedText);
		result.append(')');
		return result.toString();
	}

} //EstimateImpl
