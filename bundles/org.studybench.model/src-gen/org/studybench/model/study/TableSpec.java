/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A banner table ("custom table"): row questions by column breakdowns of one dataset, with column percentages, bases, letters and tests.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.TableSpec#getTitle <em>Title</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getRows <em>Rows</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getWeighting <em>Weighting</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isLetters <em>Letters</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getCorrection <em>Correction</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isCounts <em>Counts</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isBases <em>Bases</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isEffectiveBases <em>Effective Bases</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isTests <em>Tests</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#isMeans <em>Means</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.studybench.model.study.TableSpec#getMinimumBase <em>Minimum Base</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getTableSpec()
 * @model
 * @generated
 */
public interface TableSpec extends Named {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dataset whose respondents the table counts; the study's only dataset when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Row questions: names of the dataset's variables, in the order shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' attribute list.
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Rows()
	 * @model
	 * @generated
	 */
	EList<String> getRows();

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column breakdowns: names of the dataset's variables; a Total column comes first, and each breakdown's columns are lettered A, B, ... of their own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Columns()
	 * @model
	 * @generated
	 */
	EList<String> getColumns();

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the respondents of this segment (a domain of the design); everyone when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Weighting</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.TableWeighting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the dataset's design roles the table uses: weight, clusters and strata (design), the weight only, or none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighting</em>' attribute.
	 * @see org.studybench.model.study.TableWeighting
	 * @see #setWeighting(TableWeighting)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Weighting()
	 * @model
	 * @generated
	 */
	TableWeighting getWeighting();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getWeighting <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weighting</em>' attribute.
	 * @see org.studybench.model.study.TableWeighting
	 * @see #getWeighting()
	 * @generated
	 */
	void setWeighting(TableWeighting value);

	/**
	 * Returns the value of the '<em><b>Letters</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show column-proportion letters: a cell gets the letters of the columns of its breakdown whose percentage it significantly exceeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Letters</em>' attribute.
	 * @see #setLetters(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Letters()
	 * @model default="true"
	 * @generated
	 */
	boolean isLetters();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isLetters <em>Letters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Letters</em>' attribute.
	 * @see #isLetters()
	 * @generated
	 */
	void setLetters(boolean value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Significance level of the letters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Alpha()
	 * @model default="0.05"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Correction</b></em>' attribute.
	 * The default value is <code>"bonferroni"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiple-comparison correction of the letters within each row and breakdown: none, bonferroni, holm, hochberg, BH or BY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correction</em>' attribute.
	 * @see #setCorrection(String)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Correction()
	 * @model default="bonferroni"
	 * @generated
	 */
	String getCorrection();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getCorrection <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correction</em>' attribute.
	 * @see #getCorrection()
	 * @generated
	 */
	void setCorrection(String value);

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show each cell's respondents (unweighted count) under its percentage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counts</em>' attribute.
	 * @see #setCounts(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Counts()
	 * @model
	 * @generated
	 */
	boolean isCounts();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isCounts <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counts</em>' attribute.
	 * @see #isCounts()
	 * @generated
	 */
	void setCounts(boolean value);

	/**
	 * Returns the value of the '<em><b>Bases</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show each question's unweighted base per column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bases</em>' attribute.
	 * @see #setBases(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Bases()
	 * @model default="true"
	 * @generated
	 */
	boolean isBases();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isBases <em>Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bases</em>' attribute.
	 * @see #isBases()
	 * @generated
	 */
	void setBases(boolean value);

	/**
	 * Returns the value of the '<em><b>Effective Bases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show the effective bases (Kish) of weighted tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective Bases</em>' attribute.
	 * @see #setEffectiveBases(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_EffectiveBases()
	 * @model
	 * @generated
	 */
	boolean isEffectiveBases();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isEffectiveBases <em>Effective Bases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Bases</em>' attribute.
	 * @see #isEffectiveBases()
	 * @generated
	 */
	void setEffectiveBases(boolean value);

	/**
	 * Returns the value of the '<em><b>Tests</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show the test of independence per question and breakdown (Rao-Scott F with a design, else chi-square).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tests</em>' attribute.
	 * @see #setTests(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Tests()
	 * @model default="true"
	 * @generated
	 */
	boolean isTests();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isTests <em>Tests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tests</em>' attribute.
	 * @see #isTests()
	 * @generated
	 */
	void setTests(boolean value);

	/**
	 * Returns the value of the '<em><b>Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show the mean of each question whose answers are numbers (its codes, user-missing codes left out), with letters from t-tests between the columns of each breakdown (design-based with a design).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Means</em>' attribute.
	 * @see #setMeans(boolean)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_Means()
	 * @model
	 * @generated
	 */
	boolean isMeans();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#isMeans <em>Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Means</em>' attribute.
	 * @see #isMeans()
	 * @generated
	 */
	void setMeans(boolean value);

	/**
	 * Returns the value of the '<em><b>Sort Order</b></em>' attribute.
	 * The literals are from the enumeration {@link org.studybench.model.study.SortOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order of each question's answers: as in the data, or by their Total percentage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sort Order</em>' attribute.
	 * @see org.studybench.model.study.SortOrder
	 * @see #setSortOrder(SortOrder)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_SortOrder()
	 * @model
	 * @generated
	 */
	SortOrder getSortOrder();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getSortOrder <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Order</em>' attribute.
	 * @see org.studybench.model.study.SortOrder
	 * @see #getSortOrder()
	 * @generated
	 */
	void setSortOrder(SortOrder value);

	/**
	 * Returns the value of the '<em><b>Minimum Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns with fewer respondents than this are marked as small bases and get no letters, and no letters point to them (0: no limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Base</em>' attribute.
	 * @see #setMinimumBase(int)
	 * @see org.studybench.model.study.StudyPackage#getTableSpec_MinimumBase()
	 * @model
	 * @generated
	 */
	int getMinimumBase();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.TableSpec#getMinimumBase <em>Minimum Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Base</em>' attribute.
	 * @see #getMinimumBase()
	 * @generated
	 */
	void setMinimumBase(int value);

} // TableSpec
