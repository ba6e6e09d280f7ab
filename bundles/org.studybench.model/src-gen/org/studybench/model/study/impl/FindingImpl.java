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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.studybench.model.study.Base;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Question;
import org.studybench.model.study.Source;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getMultipleResponseSet <em>Multiple Response Set</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getEstimates <em>Estimates</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.FindingImpl#getInputHash <em>Input Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends NamedImpl implements Finding {
	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureKind MEASURE_EDEFAULT = MeasureKind.PROPORTION;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected MeasureKind measure = MEASURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final Origin ORIGIN_EDEFAULT = Origin.PUBLISHED;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected Origin origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

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
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected Dataset dataset;

	/**
	 * The default value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected String variable = VARIABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMultipleResponseSet() <em>Multiple Response Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleResponseSet()
	 * @generated
	 * @ordered
	 */
	protected MultipleResponseSet multipleResponseSet;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected Base base;

	/**
	 * The cached value of the '{@link #getEstimates() <em>Estimates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimates()
	 * @generated
	 * @ordered
	 */
	protected EList<Estimate> estimates;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureKind getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(MeasureKind newMeasure) {
		MeasureKind oldMeasure = measure;
		measure = newMeasure == null ? MEASURE_EDEFAULT : newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Origin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(Origin newOrigin) {
		Origin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Source)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.FINDING__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__SOURCE, oldSource, source));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.FINDING__QUESTION, oldQuestion, question));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset getDataset() {
		if (dataset != null && dataset.eIsProxy()) {
			InternalEObject oldDataset = (InternalEObject)dataset;
			dataset = (Dataset)eResolveProxy(oldDataset);
			if (dataset != oldDataset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.FINDING__DATASET, oldDataset, dataset));
			}
		}
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dataset basicGetDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(Dataset newDataset) {
		Dataset oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariable() {
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariable(String newVariable) {
		String oldVariable = variable;
		variable = newVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__VARIABLE, oldVariable, variable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipleResponseSet getMultipleResponseSet() {
		if (multipleResponseSet != null && multipleResponseSet.eIsProxy()) {
			InternalEObject oldMultipleResponseSet = (InternalEObject)multipleResponseSet;
			multipleResponseSet = (MultipleResponseSet)eResolveProxy(oldMultipleResponseSet);
			if (multipleResponseSet != oldMultipleResponseSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.FINDING__MULTIPLE_RESPONSE_SET, oldMultipleResponseSet, multipleResponseSet));
			}
		}
		return multipleResponseSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MultipleResponseSet basicGetMultipleResponseSet() {
		return multipleResponseSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultipleResponseSet(MultipleResponseSet newMultipleResponseSet) {
		MultipleResponseSet oldMultipleResponseSet = multipleResponseSet;
		multipleResponseSet = newMultipleResponseSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__MULTIPLE_RESPONSE_SET, oldMultipleResponseSet, multipleResponseSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Base getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBase(Base newBase, NotificationChain msgs) {
		Base oldBase = base;
		base = newBase;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__BASE, oldBase, newBase);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(Base newBase) {
		if (newBase != base) {
			NotificationChain msgs = null;
			if (base != null)
				msgs = ((InternalEObject)base).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StudyPackage.FINDING__BASE, null, msgs);
			if (newBase != null)
				msgs = ((InternalEObject)newBase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StudyPackage.FINDING__BASE, null, msgs);
			msgs = basicSetBase(newBase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__BASE, newBase, newBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Estimate> getEstimates() {
		if (estimates == null) {
			estimates = new EObjectContainmentEList<Estimate>(Estimate.class, this, StudyPackage.FINDING__ESTIMATES);
		}
		return estimates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__NOTES, oldNotes, notes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FINDING__INPUT_HASH, oldInputHash, inputHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.FINDING__BASE:
				return basicSetBase(null, msgs);
			case StudyPackage.FINDING__ESTIMATES:
				return ((InternalEList<?>)getEstimates()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.FINDING__MEASURE:
				return getMeasure();
			case StudyPackage.FINDING__ORIGIN:
				return getOrigin();
			case StudyPackage.FINDING__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case StudyPackage.FINDING__QUESTION:
				if (resolve) return getQuestion();
				return basicGetQuestion();
			case StudyPackage.FINDING__DATASET:
				if (resolve) return getDataset();
				return basicGetDataset();
			case StudyPackage.FINDING__VARIABLE:
				return getVariable();
			case StudyPackage.FINDING__LEVEL:
				return getLevel();
			case StudyPackage.FINDING__MULTIPLE_RESPONSE_SET:
				if (resolve) return getMultipleResponseSet();
				return basicGetMultipleResponseSet();
			case StudyPackage.FINDING__BASE:
				return getBase();
			case StudyPackage.FINDING__ESTIMATES:
				return getEstimates();
			case StudyPackage.FINDING__NOTES:
				return getNotes();
			case StudyPackage.FINDING__INPUT_HASH:
				return getInputHash();
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
			case StudyPackage.FINDING__MEASURE:
				setMeasure((MeasureKind)newValue);
				return;
			case StudyPackage.FINDING__ORIGIN:
				setOrigin((Origin)newValue);
				return;
			case StudyPackage.FINDING__SOURCE:
				setSource((Source)newValue);
				return;
			case StudyPackage.FINDING__QUESTION:
				setQuestion((Question)newValue);
				return;
			case StudyPackage.FINDING__DATASET:
				setDataset((Dataset)newValue);
				return;
			case StudyPackage.FINDING__VARIABLE:
				setVariable((String)newValue);
				return;
			case StudyPackage.FINDING__LEVEL:
				setLevel((String)newValue);
				return;
			case StudyPackage.FINDING__MULTIPLE_RESPONSE_SET:
				setMultipleResponseSet((MultipleResponseSet)newValue);
				return;
			case StudyPackage.FINDING__BASE:
				setBase((Base)newValue);
				return;
			case StudyPackage.FINDING__ESTIMATES:
				getEstimates().clear();
				getEstimates().addAll((Collection<? extends Estimate>)newValue);
				return;
			case StudyPackage.FINDING__NOTES:
				setNotes((String)newValue);
				return;
			case StudyPackage.FINDING__INPUT_HASH:
				setInputHash((String)newValue);
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
			case StudyPackage.FINDING__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case StudyPackage.FINDING__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case StudyPackage.FINDING__SOURCE:
				setSource((Source)null);
				return;
			case StudyPackage.FINDING__QUESTION:
				setQuestion((Question)null);
				return;
			case StudyPackage.FINDING__DATASET:
				setDataset((Dataset)null);
				return;
			case StudyPackage.FINDING__VARIABLE:
				setVariable(VARIABLE_EDEFAULT);
				return;
			case StudyPackage.FINDING__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case StudyPackage.FINDING__MULTIPLE_RESPONSE_SET:
				setMultipleResponseSet((MultipleResponseSet)null);
				return;
			case StudyPackage.FINDING__BASE:
				setBase((Base)null);
				return;
			case StudyPackage.FINDING__ESTIMATES:
				getEstimates().clear();
				return;
			case StudyPackage.FINDING__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case StudyPackage.FINDING__INPUT_HASH:
				setInputHash(INPUT_HASH_EDEFAULT);
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
			case StudyPackage.FINDING__MEASURE:
				return measure != MEASURE_EDEFAULT;
			case StudyPackage.FINDING__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case StudyPackage.FINDING__SOURCE:
				return source != null;
			case StudyPackage.FINDING__QUESTION:
				return question != null;
			case StudyPackage.FINDING__DATASET:
				return dataset != null;
			case StudyPackage.FINDING__VARIABLE:
				return VARIABLE_EDEFAULT == null ? variable != null : !VARIABLE_EDEFAULT.equals(variable);
			case StudyPackage.FINDING__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case StudyPackage.FINDING__MULTIPLE_RESPONSE_SET:
				return multipleResponseSet != null;
			case StudyPackage.FINDING__BASE:
				return base != null;
			case StudyPackage.FINDING__ESTIMATES:
				return estimates != null && !estimates.isEmpty();
			case StudyPackage.FINDING__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case StudyPackage.FINDING__INPUT_HASH:
				return INPUT_HASH_EDEFAULT == null ? inputHash != null : !INPUT_HASH_EDEFAULT.equals(inputHash);
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
		result.append(" (measure: ");
		result.append(measure);
		result.append(", origin: ");
		result.append(origin);
		result.append(", variable: ");
		result.append(variable);
		result.append(", level: ");
		result.append(level);
		result.append(", notes: ");
		result.append(notes);
		result.append(", inputHash: ");
		result.append(inputHash);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
