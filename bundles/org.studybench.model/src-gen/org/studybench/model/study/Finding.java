/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured quantity (a proportion, mean or count) with one estimate per segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Finding#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getSource <em>Source</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getLevel <em>Level</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getMultipleResponseSet <em>Multiple Response Set</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getBase <em>Base</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getEstimates <em>Estimates</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.studybench.model.study.Finding#getInputHash <em>Input Hash</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Named {
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see org.studybench.model.study.MeasureKind
	 * @see #setMeasure(MeasureKind)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Measure()
	 * @model
	 * @generated
	 */
	MeasureKind getMeasure();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see org.studybench.model.study.MeasureKind
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.Origin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.studybench.model.study.Origin
	 * @see #setOrigin(Origin)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Origin()
	 * @model
	 * @generated
	 */
	Origin getOrigin();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.studybench.model.study.Origin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Origin value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where a published finding was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(Question)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Question()
	 * @model
	 * @generated
	 */
	Question getQuestion();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dataset a computed finding is computed from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variable a computed finding is computed from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Variable()
	 * @model
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value of the variable counted as a success for proportions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Multiple Response Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiple Response Set</em>' reference.
	 * @see #setMultipleResponseSet(MultipleResponseSet)
	 * @see org.studybench.model.study.StudyPackage#getFinding_MultipleResponseSet()
	 * @model
	 * @generated
	 */
	MultipleResponseSet getMultipleResponseSet();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getMultipleResponseSet <em>Multiple Response Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple Response Set</em>' reference.
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	void setMultipleResponseSet(MultipleResponseSet value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who the percentages are of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' containment reference.
	 * @see #setBase(Base)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Base()
	 * @model containment="true"
	 * @generated
	 */
	Base getBase();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getBase <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' containment reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(Base value);

	/**
	 * Returns the value of the '<em><b>Estimates</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Estimate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimates</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getFinding_Estimates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Estimate> getEstimates();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.studybench.model.study.StudyPackage#getFinding_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Input Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a computed finding: SHA-256 of what its estimates were computed from (data file, variable, level, design, segment filters, method); they are recomputed only when it changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Hash</em>' attribute.
	 * @see #setInputHash(String)
	 * @see org.studybench.model.study.StudyPackage#getFinding_InputHash()
	 * @model
	 * @generated
	 */
	String getInputHash();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Finding#getInputHash <em>Input Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Hash</em>' attribute.
	 * @see #getInputHash()
	 * @generated
	 */
	void setInputHash(String value);

} // Finding
