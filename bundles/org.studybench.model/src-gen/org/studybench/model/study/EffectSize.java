/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Effect Size</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An effect size with its confidence interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.EffectSize#getName <em>Name</em>}</li>
 *   <li>{@link org.studybench.model.study.EffectSize#getValue <em>Value</em>}</li>
 *   <li>{@link org.studybench.model.study.EffectSize#getCiLow <em>Ci Low</em>}</li>
 *   <li>{@link org.studybench.model.study.EffectSize#getCiHigh <em>Ci High</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getEffectSize()
 * @model
 * @generated
 */
public interface EffectSize extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.studybench.model.study.StudyPackage#getEffectSize_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.EffectSize#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.studybench.model.study.StudyPackage#getEffectSize_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.EffectSize#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Ci Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Low</em>' attribute.
	 * @see #setCiLow(Double)
	 * @see org.studybench.model.study.StudyPackage#getEffectSize_CiLow()
	 * @model
	 * @generated
	 */
	Double getCiLow();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.EffectSize#getCiLow <em>Ci Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Low</em>' attribute.
	 * @see #getCiLow()
	 * @generated
	 */
	void setCiLow(Double value);

	/**
	 * Returns the value of the '<em><b>Ci High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci High</em>' attribute.
	 * @see #setCiHigh(Double)
	 * @see org.studybench.model.study.StudyPackage#getEffectSize_CiHigh()
	 * @model
	 * @generated
	 */
	Double getCiHigh();

	/**
	 * Sets the value of the '{@link org.studybench.model.study.EffectSize#getCiHigh <em>Ci High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci High</em>' attribute.
	 * @see #getCiHigh()
	 * @generated
	 */
	void setCiHigh(Double value);

} // EffectSize
