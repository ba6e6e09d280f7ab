/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Respondent-level data stored as a Parquet file next to the study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Dataset#getUri <em>Uri</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getDescription <em>Description</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.studybench.model.study.Dataset#getMultipleResponseSets <em>Multiple Response Sets</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends Named {
	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location of the Parquet file, relative to the study file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.studybench.model.study.StudyPackage#getDataset_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Count</em>' attribute.
	 * @see #setRowCount(long)
	 * @see org.studybench.model.study.StudyPackage#getDataset_RowCount()
	 * @model
	 * @generated
	 */
	long getRowCount();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getRowCount <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Count</em>' attribute.
	 * @see #getRowCount()
	 * @generated
	 */
	void setRowCount(long value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the data file, to detect changed inputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.studybench.model.study.StudyPackage#getDataset_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the rows were generated rather than collected; reports say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' attribute.
	 * @see #setSynthetic(boolean)
	 * @see org.studybench.model.study.StudyPackage#getDataset_Synthetic()
	 * @model
	 * @generated
	 */
	boolean isSynthetic();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#isSynthetic <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' attribute.
	 * @see #isSynthetic()
	 * @generated
	 */
	void setSynthetic(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.studybench.model.study.StudyPackage#getDataset_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.studybench.model.study.StudyPackage#getDataset_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.studybench.model.study.StudyPackage#getDataset_Instrument()
	 * @model
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Dataset#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getDataset_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Multiple Response Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.MultipleResponseSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiple Response Sets</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getDataset_MultipleResponseSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<MultipleResponseSet> getMultipleResponseSets();

} // Dataset
