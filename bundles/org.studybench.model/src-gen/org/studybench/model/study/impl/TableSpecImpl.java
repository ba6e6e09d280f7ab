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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.TableSpec;
import org.studybench.model.study.TableWeighting;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getWeighting <em>Weighting</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isLetters <em>Letters</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getCorrection <em>Correction</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isCounts <em>Counts</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isBases <em>Bases</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isEffectiveBases <em>Effective Bases</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isTests <em>Tests</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#isMeans <em>Means</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.TableSpecImpl#getMinimumBase <em>Minimum Base</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableSpecImpl extends NamedImpl implements TableSpec {
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
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected Dataset dataset;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected EList<String> rows;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> columns;

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
	 * The default value of the '{@link #getWeighting() <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeighting()
	 * @generated
	 * @ordered
	 */
	protected static final TableWeighting WEIGHTING_EDEFAULT = TableWeighting.DESIGN;

	/**
	 * The cached value of the '{@link #getWeighting() <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeighting()
	 * @generated
	 * @ordered
	 */
	protected TableWeighting weighting = WEIGHTING_EDEFAULT;

	/**
	 * The default value of the '{@link #isLetters() <em>Letters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLetters()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LETTERS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isLetters() <em>Letters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLetters()
	 * @generated
	 * @ordered
	 */
	protected boolean letters = LETTERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrection() <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrection()
	 * @generated
	 * @ordered
	 */
	protected static final String CORRECTION_EDEFAULT = "bonferroni";

	/**
	 * The cached value of the '{@link #getCorrection() <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrection()
	 * @generated
	 * @ordered
	 */
	protected String correction = CORRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCounts() <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounts()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COUNTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCounts() <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounts()
	 * @generated
	 * @ordered
	 */
	protected boolean counts = COUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isBases() <em>Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBases()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BASES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBases() <em>Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBases()
	 * @generated
	 * @ordered
	 */
	protected boolean bases = BASES_EDEFAULT;

	/**
	 * The default value of the '{@link #isEffectiveBases() <em>Effective Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffectiveBases()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EFFECTIVE_BASES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEffectiveBases() <em>Effective Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffectiveBases()
	 * @generated
	 * @ordered
	 */
	protected boolean effectiveBases = EFFECTIVE_BASES_EDEFAULT;

	/**
	 * The default value of the '{@link #isTests() <em>Tests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTests()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TESTS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTests() <em>Tests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTests()
	 * @generated
	 * @ordered
	 */
	protected boolean tests = TESTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMeans() <em>Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMeans()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEANS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMeans() <em>Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMeans()
	 * @generated
	 * @ordered
	 */
	protected boolean means = MEANS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected static final SortOrder SORT_ORDER_EDEFAULT = SortOrder.MODEL;

	/**
	 * The cached value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected SortOrder sortOrder = SORT_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumBase() <em>Minimum Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumBase()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_BASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumBase() <em>Minimum Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumBase()
	 * @generated
	 * @ordered
	 */
	protected int minimumBase = MINIMUM_BASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.TABLE_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__TITLE, oldTitle, title));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.TABLE_SPEC__DATASET, oldDataset, dataset));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRows() {
		if (rows == null) {
			rows = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.TABLE_SPEC__ROWS);
		}
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getColumns() {
		if (columns == null) {
			columns = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.TABLE_SPEC__COLUMNS);
		}
		return columns;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.TABLE_SPEC__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableWeighting getWeighting() {
		return weighting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeighting(TableWeighting newWeighting) {
		TableWeighting oldWeighting = weighting;
		weighting = newWeighting == null ? WEIGHTING_EDEFAULT : newWeighting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__WEIGHTING, oldWeighting, weighting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLetters() {
		return letters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLetters(boolean newLetters) {
		boolean oldLetters = letters;
		letters = newLetters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__LETTERS, oldLetters, letters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCorrection() {
		return correction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrection(String newCorrection) {
		String oldCorrection = correction;
		correction = newCorrection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__CORRECTION, oldCorrection, correction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCounts() {
		return counts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounts(boolean newCounts) {
		boolean oldCounts = counts;
		counts = newCounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__COUNTS, oldCounts, counts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBases() {
		return bases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBases(boolean newBases) {
		boolean oldBases = bases;
		bases = newBases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__BASES, oldBases, bases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEffectiveBases() {
		return effectiveBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveBases(boolean newEffectiveBases) {
		boolean oldEffectiveBases = effectiveBases;
		effectiveBases = newEffectiveBases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__EFFECTIVE_BASES, oldEffectiveBases, effectiveBases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTests() {
		return tests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTests(boolean newTests) {
		boolean oldTests = tests;
		tests = newTests;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__TESTS, oldTests, tests));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMeans() {
		return means;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeans(boolean newMeans) {
		boolean oldMeans = means;
		means = newMeans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__MEANS, oldMeans, means));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SortOrder getSortOrder() {
		return sortOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortOrder(SortOrder newSortOrder) {
		SortOrder oldSortOrder = sortOrder;
		sortOrder = newSortOrder == null ? SORT_ORDER_EDEFAULT : newSortOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__SORT_ORDER, oldSortOrder, sortOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumBase() {
		return minimumBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumBase(int newMinimumBase) {
		int oldMinimumBase = minimumBase;
		minimumBase = newMinimumBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.TABLE_SPEC__MINIMUM_BASE, oldMinimumBase, minimumBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.TABLE_SPEC__TITLE:
				return getTitle();
			case StudyPackage.TABLE_SPEC__DATASET:
				if (resolve) return getDataset();
				return basicGetDataset();
			case StudyPackage.TABLE_SPEC__ROWS:
				return getRows();
			case StudyPackage.TABLE_SPEC__COLUMNS:
				return getColumns();
			case StudyPackage.TABLE_SPEC__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case StudyPackage.TABLE_SPEC__WEIGHTING:
				return getWeighting();
			case StudyPackage.TABLE_SPEC__LETTERS:
				return isLetters();
			case StudyPackage.TABLE_SPEC__ALPHA:
				return getAlpha();
			case StudyPackage.TABLE_SPEC__CORRECTION:
				return getCorrection();
			case StudyPackage.TABLE_SPEC__COUNTS:
				return isCounts();
			case StudyPackage.TABLE_SPEC__BASES:
				return isBases();
			case StudyPackage.TABLE_SPEC__EFFECTIVE_BASES:
				return isEffectiveBases();
			case StudyPackage.TABLE_SPEC__TESTS:
				return isTests();
			case StudyPackage.TABLE_SPEC__MEANS:
				return isMeans();
			case StudyPackage.TABLE_SPEC__SORT_ORDER:
				return getSortOrder();
			case StudyPackage.TABLE_SPEC__MINIMUM_BASE:
				return getMinimumBase();
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
			case StudyPackage.TABLE_SPEC__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.TABLE_SPEC__DATASET:
				setDataset((Dataset)newValue);
				return;
			case StudyPackage.TABLE_SPEC__ROWS:
				getRows().clear();
				getRows().addAll((Collection<? extends String>)newValue);
				return;
			case StudyPackage.TABLE_SPEC__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends String>)newValue);
				return;
			case StudyPackage.TABLE_SPEC__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case StudyPackage.TABLE_SPEC__WEIGHTING:
				setWeighting((TableWeighting)newValue);
				return;
			case StudyPackage.TABLE_SPEC__LETTERS:
				setLetters((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__ALPHA:
				setAlpha((Double)newValue);
				return;
			case StudyPackage.TABLE_SPEC__CORRECTION:
				setCorrection((String)newValue);
				return;
			case StudyPackage.TABLE_SPEC__COUNTS:
				setCounts((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__BASES:
				setBases((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__EFFECTIVE_BASES:
				setEffectiveBases((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__TESTS:
				setTests((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__MEANS:
				setMeans((Boolean)newValue);
				return;
			case StudyPackage.TABLE_SPEC__SORT_ORDER:
				setSortOrder((SortOrder)newValue);
				return;
			case StudyPackage.TABLE_SPEC__MINIMUM_BASE:
				setMinimumBase((Integer)newValue);
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
			case StudyPackage.TABLE_SPEC__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__DATASET:
				setDataset((Dataset)null);
				return;
			case StudyPackage.TABLE_SPEC__ROWS:
				getRows().clear();
				return;
			case StudyPackage.TABLE_SPEC__COLUMNS:
				getColumns().clear();
				return;
			case StudyPackage.TABLE_SPEC__SEGMENT:
				setSegment((Segment)null);
				return;
			case StudyPackage.TABLE_SPEC__WEIGHTING:
				setWeighting(WEIGHTING_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__LETTERS:
				setLetters(LETTERS_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__CORRECTION:
				setCorrection(CORRECTION_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__COUNTS:
				setCounts(COUNTS_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__BASES:
				setBases(BASES_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__EFFECTIVE_BASES:
				setEffectiveBases(EFFECTIVE_BASES_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__TESTS:
				setTests(TESTS_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__MEANS:
				setMeans(MEANS_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__SORT_ORDER:
				setSortOrder(SORT_ORDER_EDEFAULT);
				return;
			case StudyPackage.TABLE_SPEC__MINIMUM_BASE:
				setMinimumBase(MINIMUM_BASE_EDEFAULT);
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
			case StudyPackage.TABLE_SPEC__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.TABLE_SPEC__DATASET:
				return dataset != null;
			case StudyPackage.TABLE_SPEC__ROWS:
				return rows != null && !rows.isEmpty();
			case StudyPackage.TABLE_SPEC__COLUMNS:
				return columns != null && !columns.isEmpty();
			case StudyPackage.TABLE_SPEC__SEGMENT:
				return segment != null;
			case StudyPackage.TABLE_SPEC__WEIGHTING:
				return weighting != WEIGHTING_EDEFAULT;
			case StudyPackage.TABLE_SPEC__LETTERS:
				return letters != LETTERS_EDEFAULT;
			case StudyPackage.TABLE_SPEC__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case StudyPackage.TABLE_SPEC__CORRECTION:
				return CORRECTION_EDEFAULT == null ? correction != null : !CORRECTION_EDEFAULT.equals(correction);
			case StudyPackage.TABLE_SPEC__COUNTS:
				return counts != COUNTS_EDEFAULT;
			case StudyPackage.TABLE_SPEC__BASES:
				return bases != BASES_EDEFAULT;
			case StudyPackage.TABLE_SPEC__EFFECTIVE_BASES:
				return effectiveBases != EFFECTIVE_BASES_EDEFAULT;
			case StudyPackage.TABLE_SPEC__TESTS:
				return tests != TESTS_EDEFAULT;
			case StudyPackage.TABLE_SPEC__MEANS:
				return means != MEANS_EDEFAULT;
			case StudyPackage.TABLE_SPEC__SORT_ORDER:
				return sortOrder != SORT_ORDER_EDEFAULT;
			case StudyPackage.TABLE_SPEC__MINIMUM_BASE:
				return minimumBase != MINIMUM_BASE_EDEFAULT;
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
		result.append(", rows: ");
		result.append(rows);
		result.append(", columns: ");
		result.append(columns);
		result.append(", weighting: ");
		result.append(weighting);
		result.append(", letters: ");
		result.append(letters);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", correction: ");
		result.append(correction);
		result.append(", counts: ");
		result.append(counts);
		result.append(", bases: ");
		result.append(bases);
		result.append(", effectiveBases: ");
		result.append(effectiveBases);
		result.append(", tests: ");
		result.append(tests);
		result.append(", means: ");
		result.append(means);
		result.append(", sortOrder: ");
		result.append(sortOrder);
		result.append(", minimumBase: ");
		result.append(minimumBase);
		result.append(')');
		return result.toString();
	}

} //TableSpecImpl
