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

import org.studybench.model.study.Dataset;
import org.studybench.model.study.Instrument;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Source;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getUri <em>Uri</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.studybench.model.study.impl.DatasetImpl#getMultipleResponseSets <em>Multiple Response Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends NamedImpl implements Dataset {
	/**
	 * The default value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected static final String URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected String uri = URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected static final long ROW_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected long rowCount = ROW_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHETIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected boolean synthetic = SYNTHETIC_EDEFAULT;

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
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The cached value of the '{@link #getMultipleResponseSets() <em>Multiple Response Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleResponseSets()
	 * @generated
	 * @ordered
	 */
	protected EList<MultipleResponseSet> multipleResponseSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUri() {
		return uri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUri(String newUri) {
		String oldUri = uri;
		uri = newUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__URI, oldUri, uri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRowCount() {
		return rowCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowCount(long newRowCount) {
		long oldRowCount = rowCount;
		rowCount = newRowCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__ROW_COUNT, oldRowCount, rowCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(boolean newSynthetic) {
		boolean oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__SYNTHETIC, oldSynthetic, synthetic));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__DESCRIPTION, oldDescription, description));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.DATASET__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (Instrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.DATASET__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DATASET__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, StudyPackage.DATASET__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MultipleResponseSet> getMultipleResponseSets() {
		if (multipleResponseSets == null) {
			multipleResponseSets = new EObjectContainmentEList<MultipleResponseSet>(MultipleResponseSet.class, this, StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS);
		}
		return multipleResponseSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.DATASET__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS:
				return ((InternalEList<?>)getMultipleResponseSets()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.DATASET__URI:
				return getUri();
			case StudyPackage.DATASET__ROW_COUNT:
				return getRowCount();
			case StudyPackage.DATASET__CONTENT_HASH:
				return getContentHash();
			case StudyPackage.DATASET__SYNTHETIC:
				return isSynthetic();
			case StudyPackage.DATASET__DESCRIPTION:
				return getDescription();
			case StudyPackage.DATASET__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case StudyPackage.DATASET__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
			case StudyPackage.DATASET__VARIABLES:
				return getVariables();
			case StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS:
				return getMultipleResponseSets();
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
			case StudyPackage.DATASET__URI:
				setUri((String)newValue);
				return;
			case StudyPackage.DATASET__ROW_COUNT:
				setRowCount((Long)newValue);
				return;
			case StudyPackage.DATASET__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case StudyPackage.DATASET__SYNTHETIC:
				setSynthetic((Boolean)newValue);
				return;
			case StudyPackage.DATASET__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StudyPackage.DATASET__SOURCE:
				setSource((Source)newValue);
				return;
			case StudyPackage.DATASET__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case StudyPackage.DATASET__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS:
				getMultipleResponseSets().clear();
				getMultipleResponseSets().addAll((Collection<? extends MultipleResponseSet>)newValue);
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
			case StudyPackage.DATASET__URI:
				setUri(URI_EDEFAULT);
				return;
			case StudyPackage.DATASET__ROW_COUNT:
				setRowCount(ROW_COUNT_EDEFAULT);
				return;
			case StudyPackage.DATASET__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case StudyPackage.DATASET__SYNTHETIC:
				setSynthetic(SYNTHETIC_EDEFAULT);
				return;
			case StudyPackage.DATASET__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StudyPackage.DATASET__SOURCE:
				setSource((Source)null);
				return;
			case StudyPackage.DATASET__INSTRUMENT:
				setInstrument((Instrument)null);
				return;
			case StudyPackage.DATASET__VARIABLES:
				getVariables().clear();
				return;
			case StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS:
				getMultipleResponseSets().clear();
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
			case StudyPackage.DATASET__URI:
				return URI_EDEFAULT == null ? uri != null : !URI_EDEFAULT.equals(uri);
			case StudyPackage.DATASET__ROW_COUNT:
				return rowCount != ROW_COUNT_EDEFAULT;
			case StudyPackage.DATASET__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case StudyPackage.DATASET__SYNTHETIC:
				return synthetic != SYNTHETIC_EDEFAULT;
			case StudyPackage.DATASET__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StudyPackage.DATASET__SOURCE:
				return source != null;
			case StudyPackage.DATASET__INSTRUMENT:
				return instrument != null;
			case StudyPackage.DATASET__VARIABLES:
				return variables != null && !variables.isEmpty();
			case StudyPackage.DATASET__MULTIPLE_RESPONSE_SETS:
				return multipleResponseSets != null && !multipleResponseSets.isEmpty();
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
		result.append(" (uri: ");
		result.append(uri);
		result.append(", rowCount: ");
		result.append(rowCount);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", synthetic: ");
		result.append(synthetic);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl
