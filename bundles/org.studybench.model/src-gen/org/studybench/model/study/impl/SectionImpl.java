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

import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.TableSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getChart <em>Chart</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.SectionImpl#getTable <em>Table</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectionImpl extends IdentifiedImpl implements Section {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectionKind KIND_EDEFAULT = SectionKind.TEXT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<Comparison> comparisons;

	/**
	 * The cached value of the '{@link #getChart() <em>Chart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChart()
	 * @generated
	 * @ordered
	 */
	protected ChartSpec chart;

	/**
	 * The cached value of the '{@link #getTable() <em>Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected TableSpec table;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.SECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SECTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectionKind newKind) {
		SectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SECTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectResolvingEList<Finding>(Finding.class, this, StudyPackage.SECTION__FINDINGS);
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
			comparisons = new EObjectResolvingEList<Comparison>(Comparison.class, this, StudyPackage.SECTION__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChartSpec getChart() {
		if (chart != null && chart.eIsProxy()) {
			InternalEObject oldChart = (InternalEObject)chart;
			chart = (ChartSpec)eResolveProxy(oldChart);
			if (chart != oldChart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.SECTION__CHART, oldChart, chart));
			}
		}
		return chart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChartSpec basicGetChart() {
		return chart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChart(ChartSpec newChart) {
		ChartSpec oldChart = chart;
		chart = newChart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SECTION__CHART, oldChart, chart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableSpec getTable() {
		if (table != null && table.eIsProxy()) {
			InternalEObject oldTable = (InternalEObject)table;
			table = (TableSpec)eResolveProxy(oldTable);
			if (table != oldTable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.SECTION__TABLE, oldTable, table));
			}
		}
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TableSpec basicGetTable() {
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTable(TableSpec newTable) {
		TableSpec oldTable = table;
		table = newTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SECTION__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.SECTION__TITLE:
				return getTitle();
			case StudyPackage.SECTION__KIND:
				return getKind();
			case StudyPackage.SECTION__TEXT:
				return getText();
			case StudyPackage.SECTION__FINDINGS:
				return getFindings();
			case StudyPackage.SECTION__COMPARISONS:
				return getComparisons();
			case StudyPackage.SECTION__CHART:
				if (resolve) return getChart();
				return basicGetChart();
			case StudyPackage.SECTION__TABLE:
				if (resolve) return getTable();
				return basicGetTable();
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
			case StudyPackage.SECTION__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.SECTION__KIND:
				setKind((SectionKind)newValue);
				return;
			case StudyPackage.SECTION__TEXT:
				setText((String)newValue);
				return;
			case StudyPackage.SECTION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case StudyPackage.SECTION__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends Comparison>)newValue);
				return;
			case StudyPackage.SECTION__CHART:
				setChart((ChartSpec)newValue);
				return;
			case StudyPackage.SECTION__TABLE:
				setTable((TableSpec)newValue);
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
			case StudyPackage.SECTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.SECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.SECTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case StudyPackage.SECTION__FINDINGS:
				getFindings().clear();
				return;
			case StudyPackage.SECTION__COMPARISONS:
				getComparisons().clear();
				return;
			case StudyPackage.SECTION__CHART:
				setChart((ChartSpec)null);
				return;
			case StudyPackage.SECTION__TABLE:
				setTable((TableSpec)null);
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
			case StudyPackage.SECTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.SECTION__KIND:
				return kind != KIND_EDEFAULT;
			case StudyPackage.SECTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case StudyPackage.SECTION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case StudyPackage.SECTION__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
			case StudyPackage.SECTION__CHART:
				return chart != null;
			case StudyPackage.SECTION__TABLE:
				return table != null;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //SectionImpl
