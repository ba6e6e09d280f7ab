/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.studybench.model.study.StudyFactory
 * @model kind="package"
 * @generated
 */
public interface StudyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "study";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://studybench.org/model/study/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "study";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudyPackage eINSTANCE = org.studybench.model.study.impl.StudyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.IdentifiedImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.NamedImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.StudyImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DATE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SOURCES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__INSTRUMENTS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DATASETS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEGMENTS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FINDINGS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COMPARISONS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Charts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CHARTS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TABLES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REPORTS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.SourceImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHOR = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DATE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CITATION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.InstrumentImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__MODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__POPULATION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fieldwork Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__FIELDWORK_START = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fieldwork End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__FIELDWORK_END = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Planned Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__PLANNED_SAMPLE_SIZE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SOURCE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__QUESTIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.QuestionImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TYPE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__OPTIONS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.OptionImpl <em>Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.OptionImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getOption()
	 * @generated
	 */
	int OPTION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.DatasetImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__URI = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ROW_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CONTENT_HASH = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SYNTHETIC = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__DESCRIPTION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SOURCE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__INSTRUMENT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__VARIABLES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Multiple Response Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__MULTIPLE_RESPONSE_SETS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.VariableImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__TYPE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measure Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__MEASURE_LEVEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__ROLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__VALUE_LABELS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Missing Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__MISSING_VALUES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__QUESTION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Nets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NETS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.NetImpl <em>Net</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.NetImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getNet()
	 * @generated
	 */
	int NET = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET__LEVELS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Net</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Net</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ValueLabelImpl <em>Value Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ValueLabelImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getValueLabel()
	 * @generated
	 */
	int VALUE_LABEL = 10;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_LABEL__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_LABEL__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Value Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_LABEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Value Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.MultipleResponseSetImpl <em>Multiple Response Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.MultipleResponseSetImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getMultipleResponseSet()
	 * @generated
	 */
	int MULTIPLE_RESPONSE_SET = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__VARIABLES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Counted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__COUNTED_VALUE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__QUESTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Multiple Response Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Multiple Response Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.SegmentImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__FILTER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.FindingImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MEASURE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ORIGIN = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SOURCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__QUESTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DATASET = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__VARIABLE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__LEVEL = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Multiple Response Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MULTIPLE_RESPONSE_SET = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__BASE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Estimates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ESTIMATES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__NOTES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Input Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__INPUT_HASH = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.BaseImpl <em>Base</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.BaseImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getBase()
	 * @generated
	 */
	int BASE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__N = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Within</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__WITHIN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.EstimateImpl <em>Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.EstimateImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getEstimate()
	 * @generated
	 */
	int ESTIMATE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__SEGMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__N = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__SD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__CI_LOW = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ci High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__CI_HIGH = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ci Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__CI_METHOD = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__CI_LEVEL = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Published Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__PUBLISHED_TEXT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ComparisonImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Comparator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__COMPARATOR_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__PARAMETERS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__FINDINGS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__SEGMENTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__FAMILY = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__RESULT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ParameterImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ResultImpl <em>Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ResultImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getResult()
	 * @generated
	 */
	int RESULT = 18;

	/**
	 * The feature id for the '<em><b>Statistic Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__STATISTIC_NAME = 0;

	/**
	 * The feature id for the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__STATISTIC = 1;

	/**
	 * The feature id for the '<em><b>Df</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__DF = 2;

	/**
	 * The feature id for the '<em><b>Df2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__DF2 = 3;

	/**
	 * The feature id for the '<em><b>PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PVALUE = 4;

	/**
	 * The feature id for the '<em><b>Adjusted P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ADJUSTED_P = 5;

	/**
	 * The feature id for the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ADJUSTMENT = 6;

	/**
	 * The feature id for the '<em><b>Estimate Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ESTIMATE_NAME = 7;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ESTIMATE = 8;

	/**
	 * The feature id for the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CI_LOW = 9;

	/**
	 * The feature id for the '<em><b>Ci High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CI_HIGH = 10;

	/**
	 * The feature id for the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CI_LEVEL = 11;

	/**
	 * The feature id for the '<em><b>Effect Sizes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__EFFECT_SIZES = 12;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__VALUES = 13;

	/**
	 * The feature id for the '<em><b>Method Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__METHOD_TEXT = 14;

	/**
	 * The feature id for the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__TOOL_VERSION = 15;

	/**
	 * The feature id for the '<em><b>Input Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__INPUT_HASH = 16;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__WARNINGS = 17;

	/**
	 * The number of structural features of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.EffectSizeImpl <em>Effect Size</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.EffectSizeImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getEffectSize()
	 * @generated
	 */
	int EFFECT_SIZE = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE__CI_LOW = 2;

	/**
	 * The feature id for the '<em><b>Ci High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE__CI_HIGH = 3;

	/**
	 * The number of structural features of the '<em>Effect Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Effect Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_SIZE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ChartSpecImpl <em>Chart Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ChartSpecImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getChartSpec()
	 * @generated
	 */
	int CHART_SPEC = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__TITLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__SUBTITLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>XLabel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__XLABEL = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>YLabel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__YLABEL = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>XScale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__XSCALE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>YScale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__YSCALE = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__PERCENT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Palette</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__PALETTE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__WIDTH = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__HEIGHT = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__SORT_ORDER = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__INTERVAL = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__FINDINGS = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__SEGMENTS = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__DATASET = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__ANNOTATIONS = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC__PROPERTIES = NAMED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Chart Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Chart Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SPEC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.AnnotationImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 21;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__Y = 2;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.TableSpecImpl <em>Table Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.TableSpecImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getTableSpec()
	 * @generated
	 */
	int TABLE_SPEC = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__DATASET = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__ROWS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__COLUMNS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__SEGMENT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Weighting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__WEIGHTING = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Letters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__LETTERS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__ALPHA = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Correction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__CORRECTION = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__COUNTS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Bases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__BASES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Effective Bases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__EFFECTIVE_BASES = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Tests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__TESTS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__MEANS = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__SORT_ORDER = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Minimum Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC__MINIMUM_BASE = NAMED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Table Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Table Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SPEC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.ReportSpecImpl <em>Report Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.ReportSpecImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getReportSpec()
	 * @generated
	 */
	int REPORT_SPEC = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__SUBTITLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__AUTHOR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC__SECTIONS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Report Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Report Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SPEC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.impl.SectionImpl
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__FINDINGS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__COMPARISONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Chart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CHART = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TABLE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.QuestionType <em>Question Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.QuestionType
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getQuestionType()
	 * @generated
	 */
	int QUESTION_TYPE = 25;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.VariableType <em>Variable Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.VariableType
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariableType()
	 * @generated
	 */
	int VARIABLE_TYPE = 26;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.MeasureLevel <em>Measure Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.MeasureLevel
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getMeasureLevel()
	 * @generated
	 */
	int MEASURE_LEVEL = 27;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.VariableRole <em>Variable Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.VariableRole
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariableRole()
	 * @generated
	 */
	int VARIABLE_ROLE = 28;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.MeasureKind
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 29;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.Origin <em>Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.Origin
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getOrigin()
	 * @generated
	 */
	int ORIGIN = 30;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.AxisScale <em>Axis Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.AxisScale
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getAxisScale()
	 * @generated
	 */
	int AXIS_SCALE = 31;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.SortOrder <em>Sort Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.SortOrder
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getSortOrder()
	 * @generated
	 */
	int SORT_ORDER = 32;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.TableWeighting <em>Table Weighting</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.TableWeighting
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getTableWeighting()
	 * @generated
	 */
	int TABLE_WEIGHTING = 33;

	/**
	 * The meta object id for the '{@link org.studybench.model.study.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.studybench.model.study.SectionKind
	 * @see org.studybench.model.study.impl.StudyPackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 34;


	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.studybench.model.study.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.studybench.model.study.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.studybench.model.study.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.studybench.model.study.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Named#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.studybench.model.study.Named#getLabel()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Label();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.studybench.model.study.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.studybench.model.study.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Study#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.studybench.model.study.Study#getDate()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.studybench.model.study.Study#getSources()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.studybench.model.study.Study#getInstruments()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datasets</em>'.
	 * @see org.studybench.model.study.Study#getDatasets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Datasets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.studybench.model.study.Study#getSegments()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.studybench.model.study.Study#getFindings()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.studybench.model.study.Study#getComparisons()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Comparisons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getCharts <em>Charts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Charts</em>'.
	 * @see org.studybench.model.study.Study#getCharts()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Charts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.studybench.model.study.Study#getTables()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Tables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Study#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see org.studybench.model.study.Study#getReports()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Reports();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.studybench.model.study.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.studybench.model.study.Source#getAuthor()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.studybench.model.study.Source#getPublisher()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.studybench.model.study.Source#getDate()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.studybench.model.study.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.studybench.model.study.Source#getCitation()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Source#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.studybench.model.study.Source#getNotes()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Notes();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.studybench.model.study.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Instrument#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.studybench.model.study.Instrument#getMode()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Instrument#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.studybench.model.study.Instrument#getPopulation()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Instrument#getFieldworkStart <em>Fieldwork Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fieldwork Start</em>'.
	 * @see org.studybench.model.study.Instrument#getFieldworkStart()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_FieldworkStart();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Instrument#getFieldworkEnd <em>Fieldwork End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fieldwork End</em>'.
	 * @see org.studybench.model.study.Instrument#getFieldworkEnd()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_FieldworkEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Instrument#getPlannedSampleSize <em>Planned Sample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Sample Size</em>'.
	 * @see org.studybench.model.study.Instrument#getPlannedSampleSize()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_PlannedSampleSize();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Instrument#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.studybench.model.study.Instrument#getSource()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Instrument#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.studybench.model.study.Instrument#getQuestions()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Questions();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see org.studybench.model.study.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.studybench.model.study.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Question#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.studybench.model.study.Question#getType()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Question#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.studybench.model.study.Question#getOptions()
	 * @see #getQuestion()
	 * @generated
	 */
	EReference getQuestion_Options();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Option <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option</em>'.
	 * @see org.studybench.model.study.Option
	 * @generated
	 */
	EClass getOption();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Option#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.studybench.model.study.Option#getCode()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Option#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.studybench.model.study.Option#getLabel()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Label();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.studybench.model.study.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Dataset#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.studybench.model.study.Dataset#getUri()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Dataset#getRowCount <em>Row Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Count</em>'.
	 * @see org.studybench.model.study.Dataset#getRowCount()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_RowCount();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Dataset#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.studybench.model.study.Dataset#getContentHash()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Dataset#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.studybench.model.study.Dataset#isSynthetic()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Synthetic();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Dataset#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.studybench.model.study.Dataset#getDescription()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Description();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Dataset#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.studybench.model.study.Dataset#getSource()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Source();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Dataset#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.studybench.model.study.Dataset#getInstrument()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Instrument();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Dataset#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.studybench.model.study.Dataset#getVariables()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Dataset#getMultipleResponseSets <em>Multiple Response Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Multiple Response Sets</em>'.
	 * @see org.studybench.model.study.Dataset#getMultipleResponseSets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_MultipleResponseSets();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.studybench.model.study.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Variable#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.studybench.model.study.Variable#getType()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Variable#getMeasureLevel <em>Measure Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure Level</em>'.
	 * @see org.studybench.model.study.Variable#getMeasureLevel()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_MeasureLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Variable#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.studybench.model.study.Variable#getRole()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Role();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Variable#getValueLabels <em>Value Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Labels</em>'.
	 * @see org.studybench.model.study.Variable#getValueLabels()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_ValueLabels();

	/**
	 * Returns the meta object for the attribute list '{@link org.studybench.model.study.Variable#getMissingValues <em>Missing Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing Values</em>'.
	 * @see org.studybench.model.study.Variable#getMissingValues()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_MissingValues();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Variable#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.studybench.model.study.Variable#getQuestion()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Question();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Variable#getNets <em>Nets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nets</em>'.
	 * @see org.studybench.model.study.Variable#getNets()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Nets();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Net <em>Net</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Net</em>'.
	 * @see org.studybench.model.study.Net
	 * @generated
	 */
	EClass getNet();

	/**
	 * Returns the meta object for the attribute list '{@link org.studybench.model.study.Net#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Levels</em>'.
	 * @see org.studybench.model.study.Net#getLevels()
	 * @see #getNet()
	 * @generated
	 */
	EAttribute getNet_Levels();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.ValueLabel <em>Value Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Label</em>'.
	 * @see org.studybench.model.study.ValueLabel
	 * @generated
	 */
	EClass getValueLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ValueLabel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.studybench.model.study.ValueLabel#getValue()
	 * @see #getValueLabel()
	 * @generated
	 */
	EAttribute getValueLabel_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ValueLabel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.studybench.model.study.ValueLabel#getLabel()
	 * @see #getValueLabel()
	 * @generated
	 */
	EAttribute getValueLabel_Label();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.MultipleResponseSet <em>Multiple Response Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multiple Response Set</em>'.
	 * @see org.studybench.model.study.MultipleResponseSet
	 * @generated
	 */
	EClass getMultipleResponseSet();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.MultipleResponseSet#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see org.studybench.model.study.MultipleResponseSet#getVariables()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EReference getMultipleResponseSet_Variables();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.MultipleResponseSet#getCountedValue <em>Counted Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counted Value</em>'.
	 * @see org.studybench.model.study.MultipleResponseSet#getCountedValue()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_CountedValue();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.MultipleResponseSet#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.studybench.model.study.MultipleResponseSet#getQuestion()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EReference getMultipleResponseSet_Question();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.studybench.model.study.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Segment#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filter</em>'.
	 * @see org.studybench.model.study.Segment#getFilter()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Filter();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Segment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.studybench.model.study.Segment#getDescription()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Description();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.studybench.model.study.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.studybench.model.study.Finding#getMeasure()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.studybench.model.study.Finding#getOrigin()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Finding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.studybench.model.study.Finding#getSource()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Source();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Finding#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.studybench.model.study.Finding#getQuestion()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Question();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Finding#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.studybench.model.study.Finding#getDataset()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Dataset();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.studybench.model.study.Finding#getVariable()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.studybench.model.study.Finding#getLevel()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Level();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Finding#getMultipleResponseSet <em>Multiple Response Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Multiple Response Set</em>'.
	 * @see org.studybench.model.study.Finding#getMultipleResponseSet()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_MultipleResponseSet();

	/**
	 * Returns the meta object for the containment reference '{@link org.studybench.model.study.Finding#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base</em>'.
	 * @see org.studybench.model.study.Finding#getBase()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Base();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Finding#getEstimates <em>Estimates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Estimates</em>'.
	 * @see org.studybench.model.study.Finding#getEstimates()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Estimates();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.studybench.model.study.Finding#getNotes()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Finding#getInputHash <em>Input Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Hash</em>'.
	 * @see org.studybench.model.study.Finding#getInputHash()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_InputHash();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Base <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base</em>'.
	 * @see org.studybench.model.study.Base
	 * @generated
	 */
	EClass getBase();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Base#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.studybench.model.study.Base#getLabel()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Base#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.studybench.model.study.Base#getN()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_N();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Base#getWithin <em>Within</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Within</em>'.
	 * @see org.studybench.model.study.Base#getWithin()
	 * @see #getBase()
	 * @generated
	 */
	EReference getBase_Within();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Estimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Estimate</em>'.
	 * @see org.studybench.model.study.Estimate
	 * @generated
	 */
	EClass getEstimate();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Estimate#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.studybench.model.study.Estimate#getSegment()
	 * @see #getEstimate()
	 * @generated
	 */
	EReference getEstimate_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.studybench.model.study.Estimate#getValue()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.studybench.model.study.Estimate#getN()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_N();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.studybench.model.study.Estimate#getCount()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getSd <em>Sd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sd</em>'.
	 * @see org.studybench.model.study.Estimate#getSd()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_Sd();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getCiLow <em>Ci Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Low</em>'.
	 * @see org.studybench.model.study.Estimate#getCiLow()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_CiLow();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getCiHigh <em>Ci High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci High</em>'.
	 * @see org.studybench.model.study.Estimate#getCiHigh()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_CiHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getCiMethod <em>Ci Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Method</em>'.
	 * @see org.studybench.model.study.Estimate#getCiMethod()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_CiMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getCiLevel <em>Ci Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Level</em>'.
	 * @see org.studybench.model.study.Estimate#getCiLevel()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_CiLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Estimate#getPublishedText <em>Published Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Text</em>'.
	 * @see org.studybench.model.study.Estimate#getPublishedText()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_PublishedText();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.studybench.model.study.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Comparison#getComparatorId <em>Comparator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator Id</em>'.
	 * @see org.studybench.model.study.Comparison#getComparatorId()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_ComparatorId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Comparison#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.studybench.model.study.Comparison#getParameters()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.Comparison#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Findings</em>'.
	 * @see org.studybench.model.study.Comparison#getFindings()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Findings();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.Comparison#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.studybench.model.study.Comparison#getSegments()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Comparison#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.studybench.model.study.Comparison#getFamily()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Family();

	/**
	 * Returns the meta object for the containment reference '{@link org.studybench.model.study.Comparison#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Result</em>'.
	 * @see org.studybench.model.study.Comparison#getResult()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Result();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.studybench.model.study.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.studybench.model.study.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.studybench.model.study.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result</em>'.
	 * @see org.studybench.model.study.Result
	 * @generated
	 */
	EClass getResult();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getStatisticName <em>Statistic Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statistic Name</em>'.
	 * @see org.studybench.model.study.Result#getStatisticName()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_StatisticName();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getStatistic <em>Statistic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statistic</em>'.
	 * @see org.studybench.model.study.Result#getStatistic()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Statistic();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getDf <em>Df</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Df</em>'.
	 * @see org.studybench.model.study.Result#getDf()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Df();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getDf2 <em>Df2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Df2</em>'.
	 * @see org.studybench.model.study.Result#getDf2()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Df2();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getPValue <em>PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>PValue</em>'.
	 * @see org.studybench.model.study.Result#getPValue()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_PValue();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getAdjustedP <em>Adjusted P</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjusted P</em>'.
	 * @see org.studybench.model.study.Result#getAdjustedP()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_AdjustedP();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getAdjustment <em>Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjustment</em>'.
	 * @see org.studybench.model.study.Result#getAdjustment()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Adjustment();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getEstimateName <em>Estimate Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimate Name</em>'.
	 * @see org.studybench.model.study.Result#getEstimateName()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_EstimateName();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimate</em>'.
	 * @see org.studybench.model.study.Result#getEstimate()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Estimate();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getCiLow <em>Ci Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Low</em>'.
	 * @see org.studybench.model.study.Result#getCiLow()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_CiLow();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getCiHigh <em>Ci High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci High</em>'.
	 * @see org.studybench.model.study.Result#getCiHigh()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_CiHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getCiLevel <em>Ci Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Level</em>'.
	 * @see org.studybench.model.study.Result#getCiLevel()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_CiLevel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Result#getEffectSizes <em>Effect Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effect Sizes</em>'.
	 * @see org.studybench.model.study.Result#getEffectSizes()
	 * @see #getResult()
	 * @generated
	 */
	EReference getResult_EffectSizes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.Result#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.studybench.model.study.Result#getValues()
	 * @see #getResult()
	 * @generated
	 */
	EReference getResult_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getMethodText <em>Method Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method Text</em>'.
	 * @see org.studybench.model.study.Result#getMethodText()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_MethodText();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getToolVersion <em>Tool Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool Version</em>'.
	 * @see org.studybench.model.study.Result#getToolVersion()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ToolVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Result#getInputHash <em>Input Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Hash</em>'.
	 * @see org.studybench.model.study.Result#getInputHash()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_InputHash();

	/**
	 * Returns the meta object for the attribute list '{@link org.studybench.model.study.Result#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.studybench.model.study.Result#getWarnings()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Warnings();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.EffectSize <em>Effect Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effect Size</em>'.
	 * @see org.studybench.model.study.EffectSize
	 * @generated
	 */
	EClass getEffectSize();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.EffectSize#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.studybench.model.study.EffectSize#getName()
	 * @see #getEffectSize()
	 * @generated
	 */
	EAttribute getEffectSize_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.EffectSize#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.studybench.model.study.EffectSize#getValue()
	 * @see #getEffectSize()
	 * @generated
	 */
	EAttribute getEffectSize_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.EffectSize#getCiLow <em>Ci Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Low</em>'.
	 * @see org.studybench.model.study.EffectSize#getCiLow()
	 * @see #getEffectSize()
	 * @generated
	 */
	EAttribute getEffectSize_CiLow();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.EffectSize#getCiHigh <em>Ci High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci High</em>'.
	 * @see org.studybench.model.study.EffectSize#getCiHigh()
	 * @see #getEffectSize()
	 * @generated
	 */
	EAttribute getEffectSize_CiHigh();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.ChartSpec <em>Chart Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chart Spec</em>'.
	 * @see org.studybench.model.study.ChartSpec
	 * @generated
	 */
	EClass getChartSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.studybench.model.study.ChartSpec#getKind()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.ChartSpec#getTitle()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getSubtitle <em>Subtitle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtitle</em>'.
	 * @see org.studybench.model.study.ChartSpec#getSubtitle()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Subtitle();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getXLabel <em>XLabel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XLabel</em>'.
	 * @see org.studybench.model.study.ChartSpec#getXLabel()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_XLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getYLabel <em>YLabel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YLabel</em>'.
	 * @see org.studybench.model.study.ChartSpec#getYLabel()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_YLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getXScale <em>XScale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XScale</em>'.
	 * @see org.studybench.model.study.ChartSpec#getXScale()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_XScale();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getYScale <em>YScale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YScale</em>'.
	 * @see org.studybench.model.study.ChartSpec#getYScale()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_YScale();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#isPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.studybench.model.study.ChartSpec#isPercent()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getPalette <em>Palette</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Palette</em>'.
	 * @see org.studybench.model.study.ChartSpec#getPalette()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Palette();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.studybench.model.study.ChartSpec#getWidth()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.studybench.model.study.ChartSpec#getHeight()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.studybench.model.study.ChartSpec#getSortOrder()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_SortOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ChartSpec#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see org.studybench.model.study.ChartSpec#getInterval()
	 * @see #getChartSpec()
	 * @generated
	 */
	EAttribute getChartSpec_Interval();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.ChartSpec#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Findings</em>'.
	 * @see org.studybench.model.study.ChartSpec#getFindings()
	 * @see #getChartSpec()
	 * @generated
	 */
	EReference getChartSpec_Findings();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.ChartSpec#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.studybench.model.study.ChartSpec#getSegments()
	 * @see #getChartSpec()
	 * @generated
	 */
	EReference getChartSpec_Segments();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.ChartSpec#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.studybench.model.study.ChartSpec#getDataset()
	 * @see #getChartSpec()
	 * @generated
	 */
	EReference getChartSpec_Dataset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.ChartSpec#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.studybench.model.study.ChartSpec#getAnnotations()
	 * @see #getChartSpec()
	 * @generated
	 */
	EReference getChartSpec_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.ChartSpec#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.studybench.model.study.ChartSpec#getProperties()
	 * @see #getChartSpec()
	 * @generated
	 */
	EReference getChartSpec_Properties();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.studybench.model.study.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Annotation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.studybench.model.study.Annotation#getText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Annotation#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.studybench.model.study.Annotation#getX()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_X();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Annotation#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.studybench.model.study.Annotation#getY()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Y();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.TableSpec <em>Table Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Spec</em>'.
	 * @see org.studybench.model.study.TableSpec
	 * @generated
	 */
	EClass getTableSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.TableSpec#getTitle()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Title();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.TableSpec#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.studybench.model.study.TableSpec#getDataset()
	 * @see #getTableSpec()
	 * @generated
	 */
	EReference getTableSpec_Dataset();

	/**
	 * Returns the meta object for the attribute list '{@link org.studybench.model.study.TableSpec#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Rows</em>'.
	 * @see org.studybench.model.study.TableSpec#getRows()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Rows();

	/**
	 * Returns the meta object for the attribute list '{@link org.studybench.model.study.TableSpec#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see org.studybench.model.study.TableSpec#getColumns()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Columns();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.TableSpec#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.studybench.model.study.TableSpec#getSegment()
	 * @see #getTableSpec()
	 * @generated
	 */
	EReference getTableSpec_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getWeighting <em>Weighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighting</em>'.
	 * @see org.studybench.model.study.TableSpec#getWeighting()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Weighting();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isLetters <em>Letters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Letters</em>'.
	 * @see org.studybench.model.study.TableSpec#isLetters()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Letters();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see org.studybench.model.study.TableSpec#getAlpha()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getCorrection <em>Correction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correction</em>'.
	 * @see org.studybench.model.study.TableSpec#getCorrection()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Correction();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counts</em>'.
	 * @see org.studybench.model.study.TableSpec#isCounts()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Counts();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isBases <em>Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bases</em>'.
	 * @see org.studybench.model.study.TableSpec#isBases()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Bases();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isEffectiveBases <em>Effective Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Bases</em>'.
	 * @see org.studybench.model.study.TableSpec#isEffectiveBases()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_EffectiveBases();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isTests <em>Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tests</em>'.
	 * @see org.studybench.model.study.TableSpec#isTests()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Tests();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#isMeans <em>Means</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Means</em>'.
	 * @see org.studybench.model.study.TableSpec#isMeans()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_Means();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.studybench.model.study.TableSpec#getSortOrder()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_SortOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.TableSpec#getMinimumBase <em>Minimum Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Base</em>'.
	 * @see org.studybench.model.study.TableSpec#getMinimumBase()
	 * @see #getTableSpec()
	 * @generated
	 */
	EAttribute getTableSpec_MinimumBase();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.ReportSpec <em>Report Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Spec</em>'.
	 * @see org.studybench.model.study.ReportSpec
	 * @generated
	 */
	EClass getReportSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ReportSpec#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.ReportSpec#getTitle()
	 * @see #getReportSpec()
	 * @generated
	 */
	EAttribute getReportSpec_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ReportSpec#getSubtitle <em>Subtitle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtitle</em>'.
	 * @see org.studybench.model.study.ReportSpec#getSubtitle()
	 * @see #getReportSpec()
	 * @generated
	 */
	EAttribute getReportSpec_Subtitle();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.ReportSpec#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.studybench.model.study.ReportSpec#getAuthor()
	 * @see #getReportSpec()
	 * @generated
	 */
	EAttribute getReportSpec_Author();

	/**
	 * Returns the meta object for the containment reference list '{@link org.studybench.model.study.ReportSpec#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.studybench.model.study.ReportSpec#getSections()
	 * @see #getReportSpec()
	 * @generated
	 */
	EReference getReportSpec_Sections();

	/**
	 * Returns the meta object for class '{@link org.studybench.model.study.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.studybench.model.study.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.studybench.model.study.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Section#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.studybench.model.study.Section#getKind()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.studybench.model.study.Section#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.studybench.model.study.Section#getText()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.Section#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Findings</em>'.
	 * @see org.studybench.model.study.Section#getFindings()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Findings();

	/**
	 * Returns the meta object for the reference list '{@link org.studybench.model.study.Section#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Comparisons</em>'.
	 * @see org.studybench.model.study.Section#getComparisons()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Comparisons();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Section#getChart <em>Chart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chart</em>'.
	 * @see org.studybench.model.study.Section#getChart()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Chart();

	/**
	 * Returns the meta object for the reference '{@link org.studybench.model.study.Section#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Table</em>'.
	 * @see org.studybench.model.study.Section#getTable()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Table();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.QuestionType <em>Question Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Type</em>'.
	 * @see org.studybench.model.study.QuestionType
	 * @generated
	 */
	EEnum getQuestionType();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.VariableType <em>Variable Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Variable Type</em>'.
	 * @see org.studybench.model.study.VariableType
	 * @generated
	 */
	EEnum getVariableType();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.MeasureLevel <em>Measure Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Level</em>'.
	 * @see org.studybench.model.study.MeasureLevel
	 * @generated
	 */
	EEnum getMeasureLevel();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.VariableRole <em>Variable Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Variable Role</em>'.
	 * @see org.studybench.model.study.VariableRole
	 * @generated
	 */
	EEnum getVariableRole();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see org.studybench.model.study.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin</em>'.
	 * @see org.studybench.model.study.Origin
	 * @generated
	 */
	EEnum getOrigin();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.AxisScale <em>Axis Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Axis Scale</em>'.
	 * @see org.studybench.model.study.AxisScale
	 * @generated
	 */
	EEnum getAxisScale();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.SortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sort Order</em>'.
	 * @see org.studybench.model.study.SortOrder
	 * @generated
	 */
	EEnum getSortOrder();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.TableWeighting <em>Table Weighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Table Weighting</em>'.
	 * @see org.studybench.model.study.TableWeighting
	 * @generated
	 */
	EEnum getTableWeighting();

	/**
	 * Returns the meta object for enum '{@link org.studybench.model.study.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.studybench.model.study.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StudyFactory getStudyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.IdentifiedImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.NamedImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__LABEL = eINSTANCE.getNamed_Label();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.StudyImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DATE = eINSTANCE.getStudy_Date();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SOURCES = eINSTANCE.getStudy_Sources();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__INSTRUMENTS = eINSTANCE.getStudy_Instruments();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__DATASETS = eINSTANCE.getStudy_Datasets();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SEGMENTS = eINSTANCE.getStudy_Segments();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__FINDINGS = eINSTANCE.getStudy_Findings();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__COMPARISONS = eINSTANCE.getStudy_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Charts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CHARTS = eINSTANCE.getStudy_Charts();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__TABLES = eINSTANCE.getStudy_Tables();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REPORTS = eINSTANCE.getStudy_Reports();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.SourceImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHOR = eINSTANCE.getSource_Author();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER = eINSTANCE.getSource_Publisher();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DATE = eINSTANCE.getSource_Date();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CITATION = eINSTANCE.getSource_Citation();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NOTES = eINSTANCE.getSource_Notes();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.InstrumentImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__MODE = eINSTANCE.getInstrument_Mode();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__POPULATION = eINSTANCE.getInstrument_Population();

		/**
		 * The meta object literal for the '<em><b>Fieldwork Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__FIELDWORK_START = eINSTANCE.getInstrument_FieldworkStart();

		/**
		 * The meta object literal for the '<em><b>Fieldwork End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__FIELDWORK_END = eINSTANCE.getInstrument_FieldworkEnd();

		/**
		 * The meta object literal for the '<em><b>Planned Sample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__PLANNED_SAMPLE_SIZE = eINSTANCE.getInstrument_PlannedSampleSize();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SOURCE = eINSTANCE.getInstrument_Source();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__QUESTIONS = eINSTANCE.getInstrument_Questions();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.QuestionImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TYPE = eINSTANCE.getQuestion_Type();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION__OPTIONS = eINSTANCE.getQuestion_Options();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.OptionImpl <em>Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.OptionImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getOption()
		 * @generated
		 */
		EClass OPTION = eINSTANCE.getOption();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__CODE = eINSTANCE.getOption_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__LABEL = eINSTANCE.getOption_Label();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.DatasetImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__URI = eINSTANCE.getDataset_Uri();

		/**
		 * The meta object literal for the '<em><b>Row Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__ROW_COUNT = eINSTANCE.getDataset_RowCount();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__CONTENT_HASH = eINSTANCE.getDataset_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SYNTHETIC = eINSTANCE.getDataset_Synthetic();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__DESCRIPTION = eINSTANCE.getDataset_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SOURCE = eINSTANCE.getDataset_Source();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__INSTRUMENT = eINSTANCE.getDataset_Instrument();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__VARIABLES = eINSTANCE.getDataset_Variables();

		/**
		 * The meta object literal for the '<em><b>Multiple Response Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__MULTIPLE_RESPONSE_SETS = eINSTANCE.getDataset_MultipleResponseSets();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.VariableImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__TYPE = eINSTANCE.getVariable_Type();

		/**
		 * The meta object literal for the '<em><b>Measure Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__MEASURE_LEVEL = eINSTANCE.getVariable_MeasureLevel();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__ROLE = eINSTANCE.getVariable_Role();

		/**
		 * The meta object literal for the '<em><b>Value Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__VALUE_LABELS = eINSTANCE.getVariable_ValueLabels();

		/**
		 * The meta object literal for the '<em><b>Missing Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__MISSING_VALUES = eINSTANCE.getVariable_MissingValues();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__QUESTION = eINSTANCE.getVariable_Question();

		/**
		 * The meta object literal for the '<em><b>Nets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__NETS = eINSTANCE.getVariable_Nets();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.NetImpl <em>Net</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.NetImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getNet()
		 * @generated
		 */
		EClass NET = eINSTANCE.getNet();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET__LEVELS = eINSTANCE.getNet_Levels();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ValueLabelImpl <em>Value Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ValueLabelImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getValueLabel()
		 * @generated
		 */
		EClass VALUE_LABEL = eINSTANCE.getValueLabel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_LABEL__VALUE = eINSTANCE.getValueLabel_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_LABEL__LABEL = eINSTANCE.getValueLabel_Label();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.MultipleResponseSetImpl <em>Multiple Response Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.MultipleResponseSetImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getMultipleResponseSet()
		 * @generated
		 */
		EClass MULTIPLE_RESPONSE_SET = eINSTANCE.getMultipleResponseSet();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MULTIPLE_RESPONSE_SET__VARIABLES = eINSTANCE.getMultipleResponseSet_Variables();

		/**
		 * The meta object literal for the '<em><b>Counted Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__COUNTED_VALUE = eINSTANCE.getMultipleResponseSet_CountedValue();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MULTIPLE_RESPONSE_SET__QUESTION = eINSTANCE.getMultipleResponseSet_Question();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.SegmentImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__FILTER = eINSTANCE.getSegment_Filter();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__DESCRIPTION = eINSTANCE.getSegment_Description();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.FindingImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MEASURE = eINSTANCE.getFinding_Measure();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__ORIGIN = eINSTANCE.getFinding_Origin();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__SOURCE = eINSTANCE.getFinding_Source();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__QUESTION = eINSTANCE.getFinding_Question();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__DATASET = eINSTANCE.getFinding_Dataset();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__VARIABLE = eINSTANCE.getFinding_Variable();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__LEVEL = eINSTANCE.getFinding_Level();

		/**
		 * The meta object literal for the '<em><b>Multiple Response Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__MULTIPLE_RESPONSE_SET = eINSTANCE.getFinding_MultipleResponseSet();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__BASE = eINSTANCE.getFinding_Base();

		/**
		 * The meta object literal for the '<em><b>Estimates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ESTIMATES = eINSTANCE.getFinding_Estimates();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__NOTES = eINSTANCE.getFinding_Notes();

		/**
		 * The meta object literal for the '<em><b>Input Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__INPUT_HASH = eINSTANCE.getFinding_InputHash();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.BaseImpl <em>Base</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.BaseImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getBase()
		 * @generated
		 */
		EClass BASE = eINSTANCE.getBase();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__LABEL = eINSTANCE.getBase_Label();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__N = eINSTANCE.getBase_N();

		/**
		 * The meta object literal for the '<em><b>Within</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASE__WITHIN = eINSTANCE.getBase_Within();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.EstimateImpl <em>Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.EstimateImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getEstimate()
		 * @generated
		 */
		EClass ESTIMATE = eINSTANCE.getEstimate();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTIMATE__SEGMENT = eINSTANCE.getEstimate_Segment();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__VALUE = eINSTANCE.getEstimate_Value();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__N = eINSTANCE.getEstimate_N();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__COUNT = eINSTANCE.getEstimate_Count();

		/**
		 * The meta object literal for the '<em><b>Sd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__SD = eINSTANCE.getEstimate_Sd();

		/**
		 * The meta object literal for the '<em><b>Ci Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__CI_LOW = eINSTANCE.getEstimate_CiLow();

		/**
		 * The meta object literal for the '<em><b>Ci High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__CI_HIGH = eINSTANCE.getEstimate_CiHigh();

		/**
		 * The meta object literal for the '<em><b>Ci Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__CI_METHOD = eINSTANCE.getEstimate_CiMethod();

		/**
		 * The meta object literal for the '<em><b>Ci Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__CI_LEVEL = eINSTANCE.getEstimate_CiLevel();

		/**
		 * The meta object literal for the '<em><b>Published Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__PUBLISHED_TEXT = eINSTANCE.getEstimate_PublishedText();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ComparisonImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Comparator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__COMPARATOR_ID = eINSTANCE.getComparison_ComparatorId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__PARAMETERS = eINSTANCE.getComparison_Parameters();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__FINDINGS = eINSTANCE.getComparison_Findings();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__SEGMENTS = eINSTANCE.getComparison_Segments();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__FAMILY = eINSTANCE.getComparison_Family();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__RESULT = eINSTANCE.getComparison_Result();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ParameterImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ResultImpl <em>Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ResultImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getResult()
		 * @generated
		 */
		EClass RESULT = eINSTANCE.getResult();

		/**
		 * The meta object literal for the '<em><b>Statistic Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__STATISTIC_NAME = eINSTANCE.getResult_StatisticName();

		/**
		 * The meta object literal for the '<em><b>Statistic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__STATISTIC = eINSTANCE.getResult_Statistic();

		/**
		 * The meta object literal for the '<em><b>Df</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__DF = eINSTANCE.getResult_Df();

		/**
		 * The meta object literal for the '<em><b>Df2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__DF2 = eINSTANCE.getResult_Df2();

		/**
		 * The meta object literal for the '<em><b>PValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PVALUE = eINSTANCE.getResult_PValue();

		/**
		 * The meta object literal for the '<em><b>Adjusted P</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ADJUSTED_P = eINSTANCE.getResult_AdjustedP();

		/**
		 * The meta object literal for the '<em><b>Adjustment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ADJUSTMENT = eINSTANCE.getResult_Adjustment();

		/**
		 * The meta object literal for the '<em><b>Estimate Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ESTIMATE_NAME = eINSTANCE.getResult_EstimateName();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ESTIMATE = eINSTANCE.getResult_Estimate();

		/**
		 * The meta object literal for the '<em><b>Ci Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__CI_LOW = eINSTANCE.getResult_CiLow();

		/**
		 * The meta object literal for the '<em><b>Ci High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__CI_HIGH = eINSTANCE.getResult_CiHigh();

		/**
		 * The meta object literal for the '<em><b>Ci Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__CI_LEVEL = eINSTANCE.getResult_CiLevel();

		/**
		 * The meta object literal for the '<em><b>Effect Sizes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT__EFFECT_SIZES = eINSTANCE.getResult_EffectSizes();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT__VALUES = eINSTANCE.getResult_Values();

		/**
		 * The meta object literal for the '<em><b>Method Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__METHOD_TEXT = eINSTANCE.getResult_MethodText();

		/**
		 * The meta object literal for the '<em><b>Tool Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__TOOL_VERSION = eINSTANCE.getResult_ToolVersion();

		/**
		 * The meta object literal for the '<em><b>Input Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__INPUT_HASH = eINSTANCE.getResult_InputHash();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__WARNINGS = eINSTANCE.getResult_Warnings();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.EffectSizeImpl <em>Effect Size</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.EffectSizeImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getEffectSize()
		 * @generated
		 */
		EClass EFFECT_SIZE = eINSTANCE.getEffectSize();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT_SIZE__NAME = eINSTANCE.getEffectSize_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT_SIZE__VALUE = eINSTANCE.getEffectSize_Value();

		/**
		 * The meta object literal for the '<em><b>Ci Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT_SIZE__CI_LOW = eINSTANCE.getEffectSize_CiLow();

		/**
		 * The meta object literal for the '<em><b>Ci High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT_SIZE__CI_HIGH = eINSTANCE.getEffectSize_CiHigh();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ChartSpecImpl <em>Chart Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ChartSpecImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getChartSpec()
		 * @generated
		 */
		EClass CHART_SPEC = eINSTANCE.getChartSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__KIND = eINSTANCE.getChartSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__TITLE = eINSTANCE.getChartSpec_Title();

		/**
		 * The meta object literal for the '<em><b>Subtitle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__SUBTITLE = eINSTANCE.getChartSpec_Subtitle();

		/**
		 * The meta object literal for the '<em><b>XLabel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__XLABEL = eINSTANCE.getChartSpec_XLabel();

		/**
		 * The meta object literal for the '<em><b>YLabel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__YLABEL = eINSTANCE.getChartSpec_YLabel();

		/**
		 * The meta object literal for the '<em><b>XScale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__XSCALE = eINSTANCE.getChartSpec_XScale();

		/**
		 * The meta object literal for the '<em><b>YScale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__YSCALE = eINSTANCE.getChartSpec_YScale();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__PERCENT = eINSTANCE.getChartSpec_Percent();

		/**
		 * The meta object literal for the '<em><b>Palette</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__PALETTE = eINSTANCE.getChartSpec_Palette();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__WIDTH = eINSTANCE.getChartSpec_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__HEIGHT = eINSTANCE.getChartSpec_Height();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__SORT_ORDER = eINSTANCE.getChartSpec_SortOrder();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SPEC__INTERVAL = eINSTANCE.getChartSpec_Interval();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_SPEC__FINDINGS = eINSTANCE.getChartSpec_Findings();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_SPEC__SEGMENTS = eINSTANCE.getChartSpec_Segments();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_SPEC__DATASET = eINSTANCE.getChartSpec_Dataset();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_SPEC__ANNOTATIONS = eINSTANCE.getChartSpec_Annotations();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_SPEC__PROPERTIES = eINSTANCE.getChartSpec_Properties();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.AnnotationImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TEXT = eINSTANCE.getAnnotation_Text();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__X = eINSTANCE.getAnnotation_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__Y = eINSTANCE.getAnnotation_Y();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.TableSpecImpl <em>Table Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.TableSpecImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getTableSpec()
		 * @generated
		 */
		EClass TABLE_SPEC = eINSTANCE.getTableSpec();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__TITLE = eINSTANCE.getTableSpec_Title();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_SPEC__DATASET = eINSTANCE.getTableSpec_Dataset();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__ROWS = eINSTANCE.getTableSpec_Rows();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__COLUMNS = eINSTANCE.getTableSpec_Columns();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_SPEC__SEGMENT = eINSTANCE.getTableSpec_Segment();

		/**
		 * The meta object literal for the '<em><b>Weighting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__WEIGHTING = eINSTANCE.getTableSpec_Weighting();

		/**
		 * The meta object literal for the '<em><b>Letters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__LETTERS = eINSTANCE.getTableSpec_Letters();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__ALPHA = eINSTANCE.getTableSpec_Alpha();

		/**
		 * The meta object literal for the '<em><b>Correction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__CORRECTION = eINSTANCE.getTableSpec_Correction();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__COUNTS = eINSTANCE.getTableSpec_Counts();

		/**
		 * The meta object literal for the '<em><b>Bases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__BASES = eINSTANCE.getTableSpec_Bases();

		/**
		 * The meta object literal for the '<em><b>Effective Bases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__EFFECTIVE_BASES = eINSTANCE.getTableSpec_EffectiveBases();

		/**
		 * The meta object literal for the '<em><b>Tests</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__TESTS = eINSTANCE.getTableSpec_Tests();

		/**
		 * The meta object literal for the '<em><b>Means</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__MEANS = eINSTANCE.getTableSpec_Means();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__SORT_ORDER = eINSTANCE.getTableSpec_SortOrder();

		/**
		 * The meta object literal for the '<em><b>Minimum Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_SPEC__MINIMUM_BASE = eINSTANCE.getTableSpec_MinimumBase();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.ReportSpecImpl <em>Report Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.ReportSpecImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getReportSpec()
		 * @generated
		 */
		EClass REPORT_SPEC = eINSTANCE.getReportSpec();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SPEC__TITLE = eINSTANCE.getReportSpec_Title();

		/**
		 * The meta object literal for the '<em><b>Subtitle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SPEC__SUBTITLE = eINSTANCE.getReportSpec_Subtitle();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SPEC__AUTHOR = eINSTANCE.getReportSpec_Author();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_SPEC__SECTIONS = eINSTANCE.getReportSpec_Sections();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.impl.SectionImpl
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__KIND = eINSTANCE.getSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TEXT = eINSTANCE.getSection_Text();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__FINDINGS = eINSTANCE.getSection_Findings();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__COMPARISONS = eINSTANCE.getSection_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Chart</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__CHART = eINSTANCE.getSection_Chart();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__TABLE = eINSTANCE.getSection_Table();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.QuestionType <em>Question Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.QuestionType
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getQuestionType()
		 * @generated
		 */
		EEnum QUESTION_TYPE = eINSTANCE.getQuestionType();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.VariableType <em>Variable Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.VariableType
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariableType()
		 * @generated
		 */
		EEnum VARIABLE_TYPE = eINSTANCE.getVariableType();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.MeasureLevel <em>Measure Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.MeasureLevel
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getMeasureLevel()
		 * @generated
		 */
		EEnum MEASURE_LEVEL = eINSTANCE.getMeasureLevel();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.VariableRole <em>Variable Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.VariableRole
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getVariableRole()
		 * @generated
		 */
		EEnum VARIABLE_ROLE = eINSTANCE.getVariableRole();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.MeasureKind
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.Origin <em>Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.Origin
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getOrigin()
		 * @generated
		 */
		EEnum ORIGIN = eINSTANCE.getOrigin();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.AxisScale <em>Axis Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.AxisScale
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getAxisScale()
		 * @generated
		 */
		EEnum AXIS_SCALE = eINSTANCE.getAxisScale();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.SortOrder <em>Sort Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.SortOrder
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getSortOrder()
		 * @generated
		 */
		EEnum SORT_ORDER = eINSTANCE.getSortOrder();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.TableWeighting <em>Table Weighting</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.TableWeighting
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getTableWeighting()
		 * @generated
		 */
		EEnum TABLE_WEIGHTING = eINSTANCE.getTableWeighting();

		/**
		 * The meta object literal for the '{@link org.studybench.model.study.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.studybench.model.study.SectionKind
		 * @see org.studybench.model.study.impl.StudyPackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

	}

} //StudyPackage
