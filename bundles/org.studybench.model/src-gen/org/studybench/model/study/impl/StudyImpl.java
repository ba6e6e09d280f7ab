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

import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Instrument;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.TableSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getDatasets <em>Datasets</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getCharts <em>Charts</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getTables <em>Tables</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.StudyImpl#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends NamedImpl implements Study {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getDatasets() <em>Datasets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasets()
	 * @generated
	 * @ordered
	 */
	protected EList<Dataset> datasets;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<Comparison> comparisons;

	/**
	 * The cached value of the '{@link #getCharts() <em>Charts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharts()
	 * @generated
	 * @ordered
	 */
	protected EList<ChartSpec> charts;

	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<TableSpec> tables;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportSpec> reports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, StudyPackage.STUDY__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, StudyPackage.STUDY__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dataset> getDatasets() {
		if (datasets == null) {
			datasets = new EObjectContainmentEList<Dataset>(Dataset.class, this, StudyPackage.STUDY__DATASETS);
		}
		return datasets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, StudyPackage.STUDY__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, StudyPackage.STUDY__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comparison> getComparisons() {
		if (comparisons == null) {
			comparisons = new EObjectContainmentEList<Comparison>(Comparison.class, this, StudyPackage.STUDY__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChartSpec> getCharts() {
		if (charts == null) {
			charts = new EObjectContainmentEList<ChartSpec>(ChartSpec.class, this, StudyPackage.STUDY__CHARTS);
		}
		return charts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TableSpec> getTables() {
		if (tables == null) {
			tables = new EObjectContainmentEList<TableSpec>(TableSpec.class, this, StudyPackage.STUDY__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportSpec> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<ReportSpec>(ReportSpec.class, this, StudyPackage.STUDY__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.STUDY__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__DATASETS:
				return ((InternalEList<?>)getDatasets()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__COMPARISONS:
				return ((InternalEList<?>)getComparisons()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__CHARTS:
				return ((InternalEList<?>)getCharts()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__TABLES:
				return ((InternalEList<?>)getTables()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.STUDY__TITLE:
				return getTitle();
			case StudyPackage.STUDY__DESCRIPTION:
				return getDescription();
			case StudyPackage.STUDY__DATE:
				return getDate();
			case StudyPackage.STUDY__SOURCES:
				return getSources();
			case StudyPackage.STUDY__INSTRUMENTS:
				return getInstruments();
			case StudyPackage.STUDY__DATASETS:
				return getDatasets();
			case StudyPackage.STUDY__SEGMENTS:
				return getSegments();
			case StudyPackage.STUDY__FINDINGS:
				return getFindings();
			case StudyPackage.STUDY__COMPARISONS:
				return getComparisons();
			case StudyPackage.STUDY__CHARTS:
				return getCharts();
			case StudyPackage.STUDY__TABLES:
				return getTables();
			case StudyPackage.STUDY__REPORTS:
				return getReports();
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
			case StudyPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StudyPackage.STUDY__DATE:
				setDate((String)newValue);
				return;
			case StudyPackage.STUDY__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case StudyPackage.STUDY__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case StudyPackage.STUDY__DATASETS:
				getDatasets().clear();
				getDatasets().addAll((Collection<? extends Dataset>)newValue);
				return;
			case StudyPackage.STUDY__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case StudyPackage.STUDY__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case StudyPackage.STUDY__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends Comparison>)newValue);
				return;
			case StudyPackage.STUDY__CHARTS:
				getCharts().clear();
				getCharts().addAll((Collection<? extends ChartSpec>)newValue);
				return;
			case StudyPackage.STUDY__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends TableSpec>)newValue);
				return;
			case StudyPackage.STUDY__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends ReportSpec>)newValue);
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
			case StudyPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StudyPackage.STUDY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.STUDY__SOURCES:
				getSources().clear();
				return;
			case StudyPackage.STUDY__INSTRUMENTS:
				getInstruments().clear();
				return;
			case StudyPackage.STUDY__DATASETS:
				getDatasets().clear();
				return;
			case StudyPackage.STUDY__SEGMENTS:
				getSegments().clear();
				return;
			case StudyPackage.STUDY__FINDINGS:
				getFindings().clear();
				return;
			case StudyPackage.STUDY__COMPARISONS:
				getComparisons().clear();
				return;
			case StudyPackage.STUDY__CHARTS:
				getCharts().clear();
				return;
			case StudyPackage.STUDY__TABLES:
				getTables().clear();
				return;
			case StudyPackage.STUDY__REPORTS:
				getReports().clear();
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
			case StudyPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StudyPackage.STUDY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.STUDY__SOURCES:
				return sources != null && !sources.isEmpty();
			case StudyPackage.STUDY__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case StudyPackage.STUDY__DATASETS:
				return datasets != null && !datasets.isEmpty();
			case StudyPackage.STUDY__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case StudyPackage.STUDY__FINDINGS:
				return findings != null && !findings.isEmpty();
			case StudyPackage.STUDY__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
			case StudyPackage.STUDY__CHARTS:
				return charts != null && !charts.isEmpty();
			case StudyPackage.STUDY__TABLES:
				return tables != null && !tables.isEmpty();
			case StudyPackage.STUDY__REPORTS:
				return reports != null && !reports.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
