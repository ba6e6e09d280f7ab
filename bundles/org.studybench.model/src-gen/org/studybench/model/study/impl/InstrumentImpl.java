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

import org.studybench.model.study.Instrument;
import org.studybench.model.study.Question;
import org.studybench.model.study.Source;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getFieldworkStart <em>Fieldwork Start</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getFieldworkEnd <em>Fieldwork End</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getPlannedSampleSize <em>Planned Sample Size</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.InstrumentImpl#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends NamedImpl implements Instrument {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final String MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected String mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldworkStart() <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkStart()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELDWORK_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldworkStart() <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkStart()
	 * @generated
	 * @ordered
	 */
	protected String fieldworkStart = FIELDWORK_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldworkEnd() <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELDWORK_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldworkEnd() <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkEnd()
	 * @generated
	 * @ordered
	 */
	protected String fieldworkEnd = FIELDWORK_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedSampleSize() <em>Planned Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSampleSize()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PLANNED_SAMPLE_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedSampleSize() <em>Planned Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSampleSize()
	 * @generated
	 * @ordered
	 */
	protected Integer plannedSampleSize = PLANNED_SAMPLE_SIZE_EDEFAULT;

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
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Question> questions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(String newMode) {
		String oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldworkStart() {
		return fieldworkStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldworkStart(String newFieldworkStart) {
		String oldFieldworkStart = fieldworkStart;
		fieldworkStart = newFieldworkStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__FIELDWORK_START, oldFieldworkStart, fieldworkStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldworkEnd() {
		return fieldworkEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldworkEnd(String newFieldworkEnd) {
		String oldFieldworkEnd = fieldworkEnd;
		fieldworkEnd = newFieldworkEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__FIELDWORK_END, oldFieldworkEnd, fieldworkEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPlannedSampleSize() {
		return plannedSampleSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedSampleSize(Integer newPlannedSampleSize) {
		Integer oldPlannedSampleSize = plannedSampleSize;
		plannedSampleSize = newPlannedSampleSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__PLANNED_SAMPLE_SIZE, oldPlannedSampleSize, plannedSampleSize));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.INSTRUMENT__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INSTRUMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Question> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<Question>(Question.class, this, StudyPackage.INSTRUMENT__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.INSTRUMENT__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.INSTRUMENT__MODE:
				return getMode();
			case StudyPackage.INSTRUMENT__POPULATION:
				return getPopulation();
			case StudyPackage.INSTRUMENT__FIELDWORK_START:
				return getFieldworkStart();
			case StudyPackage.INSTRUMENT__FIELDWORK_END:
				return getFieldworkEnd();
			case StudyPackage.INSTRUMENT__PLANNED_SAMPLE_SIZE:
				return getPlannedSampleSize();
			case StudyPackage.INSTRUMENT__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case StudyPackage.INSTRUMENT__QUESTIONS:
				return getQuestions();
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
			case StudyPackage.INSTRUMENT__MODE:
				setMode((String)newValue);
				return;
			case StudyPackage.INSTRUMENT__POPULATION:
				setPopulation((String)newValue);
				return;
			case StudyPackage.INSTRUMENT__FIELDWORK_START:
				setFieldworkStart((String)newValue);
				return;
			case StudyPackage.INSTRUMENT__FIELDWORK_END:
				setFieldworkEnd((String)newValue);
				return;
			case StudyPackage.INSTRUMENT__PLANNED_SAMPLE_SIZE:
				setPlannedSampleSize((Integer)newValue);
				return;
			case StudyPackage.INSTRUMENT__SOURCE:
				setSource((Source)newValue);
				return;
			case StudyPackage.INSTRUMENT__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends Question>)newValue);
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
			case StudyPackage.INSTRUMENT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case StudyPackage.INSTRUMENT__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case StudyPackage.INSTRUMENT__FIELDWORK_START:
				setFieldworkStart(FIELDWORK_START_EDEFAULT);
				return;
			case StudyPackage.INSTRUMENT__FIELDWORK_END:
				setFieldworkEnd(FIELDWORK_END_EDEFAULT);
				return;
			case StudyPackage.INSTRUMENT__PLANNED_SAMPLE_SIZE:
				setPlannedSampleSize(PLANNED_SAMPLE_SIZE_EDEFAULT);
				return;
			case StudyPackage.INSTRUMENT__SOURCE:
				setSource((Source)null);
				return;
			case StudyPackage.INSTRUMENT__QUESTIONS:
				getQuestions().clear();
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
			case StudyPackage.INSTRUMENT__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case StudyPackage.INSTRUMENT__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case StudyPackage.INSTRUMENT__FIELDWORK_START:
				return FIELDWORK_START_EDEFAULT == null ? fieldworkStart != null : !FIELDWORK_START_EDEFAULT.equals(fieldworkStart);
			case StudyPackage.INSTRUMENT__FIELDWORK_END:
				return FIELDWORK_END_EDEFAULT == null ? fieldworkEnd != null : !FIELDWORK_END_EDEFAULT.equals(fieldworkEnd);
			case StudyPackage.INSTRUMENT__PLANNED_SAMPLE_SIZE:
				return PLANNED_SAMPLE_SIZE_EDEFAULT == null ? plannedSampleSize != null : !PLANNED_SAMPLE_SIZE_EDEFAULT.equals(plannedSampleSize);
			case StudyPackage.INSTRUMENT__SOURCE:
				return source != null;
			case StudyPackage.INSTRUMENT__QUESTIONS:
				return questions != null && !questions.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", population: ");
		result.append(population);
		result.append(", fieldworkStart: ");
		result.append(fieldworkStart);
		result.append(", fieldworkEnd: ");
		result.append(fieldworkEnd);
		result.append(", plannedSampleSize: ");
		result.append(plannedSampleSize);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
