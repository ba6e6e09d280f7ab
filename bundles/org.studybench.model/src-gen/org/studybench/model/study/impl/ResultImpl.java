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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.studybench.model.study.EffectSize;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Result;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getStatisticName <em>Statistic Name</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getDf <em>Df</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getDf2 <em>Df2</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getAdjustedP <em>Adjusted P</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getEstimateName <em>Estimate Name</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getCiHigh <em>Ci High</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getEffectSizes <em>Effect Sizes</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getMethodText <em>Method Text</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getInputHash <em>Input Hash</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ResultImpl#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultImpl extends MinimalEObjectImpl.Container implements Result {
	/**
	 * The default value of the '{@link #getStatisticName() <em>Statistic Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatisticName()
	 * @generated
	 * @ordered
	 */
	protected static final String STATISTIC_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatisticName() <em>Statistic Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatisticName()
	 * @generated
	 * @ordered
	 */
	protected String statisticName = STATISTIC_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected static final Double STATISTIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected Double statistic = STATISTIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDf() <em>Df</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDf()
	 * @generated
	 * @ordered
	 */
	protected static final Double DF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDf() <em>Df</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDf()
	 * @generated
	 * @ordered
	 */
	protected Double df = DF_EDEFAULT;

	/**
	 * The default value of the '{@link #getDf2() <em>Df2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDf2()
	 * @generated
	 * @ordered
	 */
	protected static final Double DF2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDf2() <em>Df2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDf2()
	 * @generated
	 * @ordered
	 */
	protected Double df2 = DF2_EDEFAULT;

	/**
	 * The default value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double PVALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected Double pValue = PVALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustedP() <em>Adjusted P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedP()
	 * @generated
	 * @ordered
	 */
	protected static final Double ADJUSTED_P_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustedP() <em>Adjusted P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedP()
	 * @generated
	 * @ordered
	 */
	protected Double adjustedP = ADJUSTED_P_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected static final String ADJUSTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected String adjustment = ADJUSTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimateName() <em>Estimate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimateName()
	 * @generated
	 * @ordered
	 */
	protected static final String ESTIMATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimateName() <em>Estimate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimateName()
	 * @generated
	 * @ordered
	 */
	protected String estimateName = ESTIMATE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected static final Double ESTIMATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected Double estimate = ESTIMATE_EDEFAULT;

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
	 * The default value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Double CI_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected Double ciLevel = CI_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEffectSizes() <em>Effect Sizes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<EffectSize> effectSizes;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> values;

	/**
	 * The default value of the '{@link #getMethodText() <em>Method Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodText()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodText() <em>Method Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodText()
	 * @generated
	 * @ordered
	 */
	protected String methodText = METHOD_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected String toolVersion = TOOL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputHash() <em>Input Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputHash()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputHash() <em>Input Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputHash()
	 * @generated
	 * @ordered
	 */
	protected String inputHash = INPUT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatisticName() {
		return statisticName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatisticName(String newStatisticName) {
		String oldStatisticName = statisticName;
		statisticName = newStatisticName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__STATISTIC_NAME, oldStatisticName, statisticName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStatistic() {
		return statistic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatistic(Double newStatistic) {
		Double oldStatistic = statistic;
		statistic = newStatistic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__STATISTIC, oldStatistic, statistic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDf() {
		return df;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDf(Double newDf) {
		Double oldDf = df;
		df = newDf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__DF, oldDf, df));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDf2() {
		return df2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDf2(Double newDf2) {
		Double oldDf2 = df2;
		df2 = newDf2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__DF2, oldDf2, df2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPValue() {
		return pValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPValue(Double newPValue) {
		Double oldPValue = pValue;
		pValue = newPValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__PVALUE, oldPValue, pValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAdjustedP() {
		return adjustedP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustedP(Double newAdjustedP) {
		Double oldAdjustedP = adjustedP;
		adjustedP = newAdjustedP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__ADJUSTED_P, oldAdjustedP, adjustedP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdjustment() {
		return adjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustment(String newAdjustment) {
		String oldAdjustment = adjustment;
		adjustment = newAdjustment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__ADJUSTMENT, oldAdjustment, adjustment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEstimateName() {
		return estimateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimateName(String newEstimateName) {
		String oldEstimateName = estimateName;
		estimateName = newEstimateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__ESTIMATE_NAME, oldEstimateName, estimateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimate(Double newEstimate) {
		Double oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__ESTIMATE, oldEstimate, estimate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__CI_LOW, oldCiLow, ciLow));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__CI_HIGH, oldCiHigh, ciHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCiLevel() {
		return ciLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLevel(Double newCiLevel) {
		Double oldCiLevel = ciLevel;
		ciLevel = newCiLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__CI_LEVEL, oldCiLevel, ciLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EffectSize> getEffectSizes() {
		if (effectSizes == null) {
			effectSizes = new EObjectContainmentEList<EffectSize>(EffectSize.class, this, StudyPackage.RESULT__EFFECT_SIZES);
		}
		return effectSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<Parameter>(Parameter.class, this, StudyPackage.RESULT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodText() {
		return methodText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodText(String newMethodText) {
		String oldMethodText = methodText;
		methodText = newMethodText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__METHOD_TEXT, oldMethodText, methodText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToolVersion() {
		return toolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToolVersion(String newToolVersion) {
		String oldToolVersion = toolVersion;
		toolVersion = newToolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__TOOL_VERSION, oldToolVersion, toolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputHash() {
		return inputHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputHash(String newInputHash) {
		String oldInputHash = inputHash;
		inputHash = newInputHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.RESULT__INPUT_HASH, oldInputHash, inputHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.RESULT__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.RESULT__EFFECT_SIZES:
				return ((InternalEList<?>)getEffectSizes()).basicRemove(otherEnd, msgs);
			case StudyPackage.RESULT__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.RESULT__STATISTIC_NAME:
				return getStatisticName();
			case StudyPackage.RESULT__STATISTIC:
				return getStatistic();
			case StudyPackage.RESULT__DF:
				return getDf();
			case StudyPackage.RESULT__DF2:
				return getDf2();
			case StudyPackage.RESULT__PVALUE:
				return getPValue();
			case StudyPackage.RESULT__ADJUSTED_P:
				return getAdjustedP();
			case StudyPackage.RESULT__ADJUSTMENT:
				return getAdjustment();
			case StudyPackage.RESULT__ESTIMATE_NAME:
				return getEstimateName();
			case StudyPackage.RESULT__ESTIMATE:
				return getEstimate();
			case StudyPackage.RESULT__CI_LOW:
				return getCiLow();
			case StudyPackage.RESULT__CI_HIGH:
				return getCiHigh();
			case StudyPackage.RESULT__CI_LEVEL:
				return getCiLevel();
			case StudyPackage.RESULT__EFFECT_SIZES:
				return getEffectSizes();
			case StudyPackage.RESULT__VALUES:
				return getValues();
			case StudyPackage.RESULT__METHOD_TEXT:
				return getMethodText();
			case StudyPackage.RESULT__TOOL_VERSION:
				return getToolVersion();
			case StudyPackage.RESULT__INPUT_HASH:
				return getInputHash();
			case StudyPackage.RESULT__WARNINGS:
				return getWarnings();
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
			case StudyPackage.RESULT__STATISTIC_NAME:
				setStatisticName((String)newValue);
				return;
			case StudyPackage.RESULT__STATISTIC:
				setStatistic((Double)newValue);
				return;
			case StudyPackage.RESULT__DF:
				setDf((Double)newValue);
				return;
			case StudyPackage.RESULT__DF2:
				setDf2((Double)newValue);
				return;
			case StudyPackage.RESULT__PVALUE:
				setPValue((Double)newValue);
				return;
			case StudyPackage.RESULT__ADJUSTED_P:
				setAdjustedP((Double)newValue);
				return;
			case StudyPackage.RESULT__ADJUSTMENT:
				setAdjustment((String)newValue);
				return;
			case StudyPackage.RESULT__ESTIMATE_NAME:
				setEstimateName((String)newValue);
				return;
			case StudyPackage.RESULT__ESTIMATE:
				setEstimate((Double)newValue);
				return;
			case StudyPackage.RESULT__CI_LOW:
				setCiLow((Double)newValue);
				return;
			case StudyPackage.RESULT__CI_HIGH:
				setCiHigh((Double)newValue);
				return;
			case StudyPackage.RESULT__CI_LEVEL:
				setCiLevel((Double)newValue);
				return;
			case StudyPackage.RESULT__EFFECT_SIZES:
				getEffectSizes().clear();
				getEffectSizes().addAll((Collection<? extends EffectSize>)newValue);
				return;
			case StudyPackage.RESULT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Parameter>)newValue);
				return;
			case StudyPackage.RESULT__METHOD_TEXT:
				setMethodText((String)newValue);
				return;
			case StudyPackage.RESULT__TOOL_VERSION:
				setToolVersion((String)newValue);
				return;
			case StudyPackage.RESULT__INPUT_HASH:
				setInputHash((String)newValue);
				return;
			case StudyPackage.RESULT__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
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
			case StudyPackage.RESULT__STATISTIC_NAME:
				setStatisticName(STATISTIC_NAME_EDEFAULT);
				return;
			case StudyPackage.RESULT__STATISTIC:
				setStatistic(STATISTIC_EDEFAULT);
				return;
			case StudyPackage.RESULT__DF:
				setDf(DF_EDEFAULT);
				return;
			case StudyPackage.RESULT__DF2:
				setDf2(DF2_EDEFAULT);
				return;
			case StudyPackage.RESULT__PVALUE:
				setPValue(PVALUE_EDEFAULT);
				return;
			case StudyPackage.RESULT__ADJUSTED_P:
				setAdjustedP(ADJUSTED_P_EDEFAULT);
				return;
			case StudyPackage.RESULT__ADJUSTMENT:
				setAdjustment(ADJUSTMENT_EDEFAULT);
				return;
			case StudyPackage.RESULT__ESTIMATE_NAME:
				setEstimateName(ESTIMATE_NAME_EDEFAULT);
				return;
			case StudyPackage.RESULT__ESTIMATE:
				setEstimate(ESTIMATE_EDEFAULT);
				return;
			case StudyPackage.RESULT__CI_LOW:
				setCiLow(CI_LOW_EDEFAULT);
				return;
			case StudyPackage.RESULT__CI_HIGH:
				setCiHigh(CI_HIGH_EDEFAULT);
				return;
			case StudyPackage.RESULT__CI_LEVEL:
				setCiLevel(CI_LEVEL_EDEFAULT);
				return;
			case StudyPackage.RESULT__EFFECT_SIZES:
				getEffectSizes().clear();
				return;
			case StudyPackage.RESULT__VALUES:
				getValues().clear();
				return;
			case StudyPackage.RESULT__METHOD_TEXT:
				setMethodText(METHOD_TEXT_EDEFAULT);
				return;
			case StudyPackage.RESULT__TOOL_VERSION:
				setToolVersion(TOOL_VERSION_EDEFAULT);
				return;
			case StudyPackage.RESULT__INPUT_HASH:
				setInputHash(INPUT_HASH_EDEFAULT);
				return;
			case StudyPackage.RESULT__WARNINGS:
				getWarnings().clear();
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
			case StudyPackage.RESULT__STATISTIC_NAME:
				return STATISTIC_NAME_EDEFAULT == null ? statisticName != null : !STATISTIC_NAME_EDEFAULT.equals(statisticName);
			case StudyPackage.RESULT__STATISTIC:
				return STATISTIC_EDEFAULT == null ? statistic != null : !STATISTIC_EDEFAULT.equals(statistic);
			case StudyPackage.RESULT__DF:
				return DF_EDEFAULT == null ? df != null : !DF_EDEFAULT.equals(df);
			case StudyPackage.RESULT__DF2:
				return DF2_EDEFAULT == null ? df2 != null : !DF2_EDEFAULT.equals(df2);
			case StudyPackage.RESULT__PVALUE:
				return PVALUE_EDEFAULT == null ? pValue != null : !PVALUE_EDEFAULT.equals(pValue);
			case StudyPackage.RESULT__ADJUSTED_P:
				return ADJUSTED_P_EDEFAULT == null ? adjustedP != null : !ADJUSTED_P_EDEFAULT.equals(adjustedP);
			case StudyPackage.RESULT__ADJUSTMENT:
				return ADJUSTMENT_EDEFAULT == null ? adjustment != null : !ADJUSTMENT_EDEFAULT.equals(adjustment);
			case StudyPackage.RESULT__ESTIMATE_NAME:
				return ESTIMATE_NAME_EDEFAULT == null ? estimateName != null : !ESTIMATE_NAME_EDEFAULT.equals(estimateName);
			case StudyPackage.RESULT__ESTIMATE:
				return ESTIMATE_EDEFAULT == null ? estimate != null : !ESTIMATE_EDEFAULT.equals(estimate);
			case StudyPackage.RESULT__CI_LOW:
				return CI_LOW_EDEFAULT == null ? ciLow != null : !CI_LOW_EDEFAULT.equals(ciLow);
			case StudyPackage.RESULT__CI_HIGH:
				return CI_HIGH_EDEFAULT == null ? ciHigh != null : !CI_HIGH_EDEFAULT.equals(ciHigh);
			case StudyPackage.RESULT__CI_LEVEL:
				return CI_LEVEL_EDEFAULT == null ? ciLevel != null : !CI_LEVEL_EDEFAULT.equals(ciLevel);
			case StudyPackage.RESULT__EFFECT_SIZES:
				return effectSizes != null && !effectSizes.isEmpty();
			case StudyPackage.RESULT__VALUES:
				return values != null && !values.isEmpty();
			case StudyPackage.RESULT__METHOD_TEXT:
				return METHOD_TEXT_EDEFAULT == null ? methodText != null : !METHOD_TEXT_EDEFAULT.equals(methodText);
			case StudyPackage.RESULT__TOOL_VERSION:
				return TOOL_VERSION_EDEFAULT == null ? toolVersion != null : !TOOL_VERSION_EDEFAULT.equals(toolVersion);
			case StudyPackage.RESULT__INPUT_HASH:
				return INPUT_HASH_EDEFAULT == null ? inputHash != null : !INPUT_HASH_EDEFAULT.equals(inputHash);
			case StudyPackage.RESULT__WARNINGS:
				return warnings != null && !warnings.isEmpty();
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
		result.append(" (statisticName: ");
		result.append(statisticName);
		result.append(", statistic: ");
		result.append(statistic);
		result.append(", df: ");
		result.append(df);
		result.append(", df2: ");
		result.append(df2);
		result.append(", pValue: ");
		result.append(pValue);
		result.append(", adjustedP: ");
		result.append(adjustedP);
		result.append(", adjustment: ");
		result.append(adjustment);
		result.append(", estimateName: ");
		result.append(estimateName);
		result.append(", estimate: ");
		result.append(estimate);
		result.append(", ciLow: ");
		result.append(ciLow);
		result.append(", ciHigh: ");
		result.append(ciHigh);
		result.append(", ciLevel: ");
		result.append(ciLevel);
		result.append(", methodText: ");
		result.append(methodText);
		result.append(", toolVersion: ");
		result.append(toolVersion);
		result.append(", inputHash: ");
		result.append(inputHash);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(')');
		return result.toString();
	}

} //ResultImpl
