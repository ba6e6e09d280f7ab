/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A survey study: where its numbers come from, what was asked, the data, and what to compute and report.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getDate <em>Date</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getSources <em>Sources</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getDatasets <em>Datasets</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getCharts <em>Charts</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getTables <em>Tables</em>}</li>
 *   <li>{@link org.studybench.model.study.Study#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends Named {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.studybench.model.study.StudyPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.studybench.model.study.StudyPackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication or fieldwork date (ISO 8601, e.g. 2013-07). Also the fixed date written into generated reports so that they are reproducible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.studybench.model.study.StudyPackage#getStudy_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Study#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Datasets</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Dataset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datasets</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Datasets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dataset> getDatasets();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comparison> getComparisons();

	/**
	 * Returns the value of the '<em><b>Charts</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.ChartSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Charts</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Charts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChartSpec> getCharts();

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.TableSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<TableSpec> getTables();

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.studybench.model.study.ReportSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see org.studybench.model.study.StudyPackage#getStudy_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportSpec> getReports();

} // Study
