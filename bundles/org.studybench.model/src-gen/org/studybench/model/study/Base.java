/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The population a finding refers to. A nested base is a sub-sample defined by another finding, e.g. "among the 60% with a strategy".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Base#getLabel <em>Label</em>}</li>
 *   <li>{@link org.studybench.model.study.Base#getN <em>N</em>}</li>
 *   <li>{@link org.studybench.model.study.Base#getWithin <em>Within</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getBase()
 * @model
 * @generated
 */
public interface Base extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. "all respondents", "companies with a social media strategy".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.studybench.model.study.StudyPackage#getBase_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Base#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the base when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(Integer)
	 * @see org.studybench.model.study.StudyPackage#getBase_N()
	 * @model
	 * @generated
	 */
	Integer getN();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Base#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(Integer value);

	/**
	 * Returns the value of the '<em><b>Within</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a nested base: the finding whose positive answers form this base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Within</em>' reference.
	 * @see #setWithin(Finding)
	 * @see org.studybench.model.study.StudyPackage#getBase_Within()
	 * @model
	 * @generated
	 */
	Finding getWithin();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.Base#getWithin <em>Within</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Within</em>' reference.
	 * @see #getWithin()
	 * @generated
	 */
	void setWithin(Finding value);

} // Base
