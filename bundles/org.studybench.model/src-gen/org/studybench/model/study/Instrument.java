/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A questionnaire or observation protocol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Instrument#getMode <em>Mode</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getFieldworkStart <em>Fieldwork Start</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getFieldworkEnd <em>Fieldwork End</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getPlannedSampleSize <em>Planned Sample Size</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.Instrument#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends Named {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data collection mode, e.g. online panel, CATI, observation of public pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_Mode()
	 * @model
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Fieldwork Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fieldwork Start</em>' attribute.
	 * @see #setFieldworkStart(String)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_FieldworkStart()
	 * @model
	 * @generated
	 */
	String getFieldworkStart();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getFieldworkStart <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fieldwork Start</em>' attribute.
	 * @see #getFieldworkStart()
	 * @generated
	 */
	void setFieldworkStart(String value);

	/**
	 * Returns the value of the '<em><b>Fieldwork End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fieldwork End</em>' attribute.
	 * @see #setFieldworkEnd(String)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_FieldworkEnd()
	 * @model
	 * @generated
	 */
	String getFieldworkEnd();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getFieldworkEnd <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fieldwork End</em>' attribute.
	 * @see #getFieldworkEnd()
	 * @generated
	 */
	void setFieldworkEnd(String value);

	/**
	 * Returns the value of the '<em><b>Planned Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Sample Size</em>' attribute.
	 * @see #setPlannedSampleSize(Integer)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_PlannedSampleSize()
	 * @model
	 * @generated
	 */
	Integer getPlannedSampleSize();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getPlannedSampleSize <em>Planned Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Sample Size</em>' attribute.
	 * @see #getPlannedSampleSize()
	 * @generated
	 */
	void setPlannedSampleSize(Integer value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.studybench.model.study.StudyPackage#getInstrument_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Instrument#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getInstrument_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Question> getQuestions();

} // Instrument
