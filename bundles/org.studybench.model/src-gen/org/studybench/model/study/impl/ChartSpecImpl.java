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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.studybench.model.study.Annotation;
import org.studybench.model.study.AxisScale;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chart Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getXLabel <em>XLabel</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getYLabel <em>YLabel</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getXScale <em>XScale</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getYScale <em>YScale</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#isPercent <em>Percent</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getPalette <em>Palette</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.ChartSpecImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChartSpecImpl extends NamedImpl implements ChartSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBTITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected String subtitle = SUBTITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getXLabel() <em>XLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String XLABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXLabel() <em>XLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXLabel()
	 * @generated
	 * @ordered
	 */
	protected String xLabel = XLABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getYLabel() <em>YLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String YLABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYLabel() <em>YLabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYLabel()
	 * @generated
	 * @ordered
	 */
	protected String yLabel = YLABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getXScale() <em>XScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXScale()
	 * @generated
	 * @ordered
	 */
	protected static final AxisScale XSCALE_EDEFAULT = AxisScale.LINEAR;

	/**
	 * The cached value of the '{@link #getXScale() <em>XScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXScale()
	 * @generated
	 * @ordered
	 */
	protected AxisScale xScale = XSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getYScale() <em>YScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYScale()
	 * @generated
	 * @ordered
	 */
	protected static final AxisScale YSCALE_EDEFAULT = AxisScale.LINEAR;

	/**
	 * The cached value of the '{@link #getYScale() <em>YScale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYScale()
	 * @generated
	 * @ordered
	 */
	protected AxisScale yScale = YSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPercent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERCENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPercent()
	 * @generated
	 * @ordered
	 */
	protected boolean percent = PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPalette() <em>Palette</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPalette()
	 * @generated
	 * @ordered
	 */
	protected static final String PALETTE_EDEFAULT = "okabe-ito";

	/**
	 * The cached value of the '{@link #getPalette() <em>Palette</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPalette()
	 * @generated
	 * @ordered
	 */
	protected String palette = PALETTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 800;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

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
	 * The default value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected String interval = INTERVAL_EDEFAULT;

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
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

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
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> properties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChartSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.CHART_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubtitle() {
		return subtitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubtitle(String newSubtitle) {
		String oldSubtitle = subtitle;
		subtitle = newSubtitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__SUBTITLE, oldSubtitle, subtitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXLabel() {
		return xLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXLabel(String newXLabel) {
		String oldXLabel = xLabel;
		xLabel = newXLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__XLABEL, oldXLabel, xLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYLabel() {
		return yLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYLabel(String newYLabel) {
		String oldYLabel = yLabel;
		yLabel = newYLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__YLABEL, oldYLabel, yLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AxisScale getXScale() {
		return xScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXScale(AxisScale newXScale) {
		AxisScale oldXScale = xScale;
		xScale = newXScale == null ? XSCALE_EDEFAULT : newXScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__XSCALE, oldXScale, xScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AxisScale getYScale() {
		return yScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYScale(AxisScale newYScale) {
		AxisScale oldYScale = yScale;
		yScale = newYScale == null ? YSCALE_EDEFAULT : newYScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__YSCALE, oldYScale, yScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPercent() {
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(boolean newPercent) {
		boolean oldPercent = percent;
		percent = newPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__PERCENT, oldPercent, percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPalette() {
		return palette;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPalette(String newPalette) {
		String oldPalette = palette;
		palette = newPalette;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__PALETTE, oldPalette, palette));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__HEIGHT, oldHeight, height));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__SORT_ORDER, oldSortOrder, sortOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterval() {
		return interval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterval(String newInterval) {
		String oldInterval = interval;
		interval = newInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__INTERVAL, oldInterval, interval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectResolvingEList<Finding>(Finding.class, this, StudyPackage.CHART_SPEC__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, StudyPackage.CHART_SPEC__SEGMENTS);
		}
		return segments;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.CHART_SPEC__DATASET, oldDataset, dataset));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CHART_SPEC__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, StudyPackage.CHART_SPEC__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<Parameter>(Parameter.class, this, StudyPackage.CHART_SPEC__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.CHART_SPEC__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case StudyPackage.CHART_SPEC__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.CHART_SPEC__KIND:
				return getKind();
			case StudyPackage.CHART_SPEC__TITLE:
				return getTitle();
			case StudyPackage.CHART_SPEC__SUBTITLE:
				return getSubtitle();
			case StudyPackage.CHART_SPEC__XLABEL:
				return getXLabel();
			case StudyPackage.CHART_SPEC__YLABEL:
				return getYLabel();
			case StudyPackage.CHART_SPEC__XSCALE:
				return getXScale();
			case StudyPackage.CHART_SPEC__YSCALE:
				return getYScale();
			case StudyPackage.CHART_SPEC__PERCENT:
				return isPercent();
			case StudyPackage.CHART_SPEC__PALETTE:
				return getPalette();
			case StudyPackage.CHART_SPEC__WIDTH:
				return getWidth();
			case StudyPackage.CHART_SPEC__HEIGHT:
				return getHeight();
			case StudyPackage.CHART_SPEC__SORT_ORDER:
				return getSortOrder();
			case StudyPackage.CHART_SPEC__INTERVAL:
				return getInterval();
			case StudyPackage.CHART_SPEC__FINDINGS:
				return getFindings();
			case StudyPackage.CHART_SPEC__SEGMENTS:
				return getSegments();
			case StudyPackage.CHART_SPEC__DATASET:
				if (resolve) return getDataset();
				return basicGetDataset();
			case StudyPackage.CHART_SPEC__ANNOTATIONS:
				return getAnnotations();
			case StudyPackage.CHART_SPEC__PROPERTIES:
				return getProperties();
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
			case StudyPackage.CHART_SPEC__KIND:
				setKind((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__SUBTITLE:
				setSubtitle((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__XLABEL:
				setXLabel((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__YLABEL:
				setYLabel((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__XSCALE:
				setXScale((AxisScale)newValue);
				return;
			case StudyPackage.CHART_SPEC__YSCALE:
				setYScale((AxisScale)newValue);
				return;
			case StudyPackage.CHART_SPEC__PERCENT:
				setPercent((Boolean)newValue);
				return;
			case StudyPackage.CHART_SPEC__PALETTE:
				setPalette((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__WIDTH:
				setWidth((Integer)newValue);
				return;
			case StudyPackage.CHART_SPEC__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case StudyPackage.CHART_SPEC__SORT_ORDER:
				setSortOrder((SortOrder)newValue);
				return;
			case StudyPackage.CHART_SPEC__INTERVAL:
				setInterval((String)newValue);
				return;
			case StudyPackage.CHART_SPEC__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case StudyPackage.CHART_SPEC__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case StudyPackage.CHART_SPEC__DATASET:
				setDataset((Dataset)newValue);
				return;
			case StudyPackage.CHART_SPEC__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case StudyPackage.CHART_SPEC__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends Parameter>)newValue);
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
			case StudyPackage.CHART_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__SUBTITLE:
				setSubtitle(SUBTITLE_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__XLABEL:
				setXLabel(XLABEL_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__YLABEL:
				setYLabel(YLABEL_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__XSCALE:
				setXScale(XSCALE_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__YSCALE:
				setYScale(YSCALE_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__PERCENT:
				setPercent(PERCENT_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__PALETTE:
				setPalette(PALETTE_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__SORT_ORDER:
				setSortOrder(SORT_ORDER_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__INTERVAL:
				setInterval(INTERVAL_EDEFAULT);
				return;
			case StudyPackage.CHART_SPEC__FINDINGS:
				getFindings().clear();
				return;
			case StudyPackage.CHART_SPEC__SEGMENTS:
				getSegments().clear();
				return;
			case StudyPackage.CHART_SPEC__DATASET:
				setDataset((Dataset)null);
				return;
			case StudyPackage.CHART_SPEC__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case StudyPackage.CHART_SPEC__PROPERTIES:
				getProperties().clear();
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
			case StudyPackage.CHART_SPEC__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case StudyPackage.CHART_SPEC__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.CHART_SPEC__SUBTITLE:
				return SUBTITLE_EDEFAULT == null ? subtitle != null : !SUBTITLE_EDEFAULT.equals(subtitle);
			case StudyPackage.CHART_SPEC__XLABEL:
				return XLABEL_EDEFAULT == null ? xLabel != null : !XLABEL_EDEFAULT.equals(xLabel);
			case StudyPackage.CHART_SPEC__YLABEL:
				return YLABEL_EDEFAULT == null ? yLabel != null : !YLABEL_EDEFAULT.equals(yLabel);
			case StudyPackage.CHART_SPEC__XSCALE:
				return xScale != XSCALE_EDEFAULT;
			case StudyPackage.CHART_SPEC__YSCALE:
				return yScale != YSCALE_EDEFAULT;
			case StudyPackage.CHART_SPEC__PERCENT:
				return percent != PERCENT_EDEFAULT;
			case StudyPackage.CHART_SPEC__PALETTE:
				return PALETTE_EDEFAULT == null ? palette != null : !PALETTE_EDEFAULT.equals(palette);
			case StudyPackage.CHART_SPEC__WIDTH:
				return width != WIDTH_EDEFAULT;
			case StudyPackage.CHART_SPEC__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case StudyPackage.CHART_SPEC__SORT_ORDER:
				return sortOrder != SORT_ORDER_EDEFAULT;
			case StudyPackage.CHART_SPEC__INTERVAL:
				return INTERVAL_EDEFAULT == null ? interval != null : !INTERVAL_EDEFAULT.equals(interval);
			case StudyPackage.CHART_SPEC__FINDINGS:
				return findings != null && !findings.isEmpty();
			case StudyPackage.CHART_SPEC__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case StudyPackage.CHART_SPEC__DATASET:
				return dataset != null;
			case StudyPackage.CHART_SPEC__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case StudyPackage.CHART_SPEC__PROPERTIES:
				return properties != null && !properties.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", subtitle: ");
		result.append(subtitle);
		result.append(", xLabel: ");
		result.append(xLabel);
		result.append(", yLabel: ");
		result.append(yLabel);
		result.append(", xScale: ");
		result.append(xScale);
		result.append(", yScale: ");
		result.append(yScale);
		result.append(", percent: ");
		result.append(percent);
		result.append(", palette: ");
		result.append(palette);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", sortOrder: ");
		result.append(sortOrder);
		result.append(", interval: ");
		result.append(interval);
		result.append(')');
		return result.toString();
	}

} //ChartSpecImpl
