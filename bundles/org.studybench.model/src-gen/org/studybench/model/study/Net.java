/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Net</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A net: the share of respondents who gave any of some answers of a variable (e.g. "Agree (net)" = 4 or 5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.studybench.model.study.Net#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.studybench.model.study.StudyPackage#getNet()
 * @model
 * @generated
 */
public interface Net extends Named {
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored values combined, e.g. 4 and 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' attribute list.
	 * @see org.studybench.model.study.StudyPackage#getNet_Levels()
	 * @model
	 * @generated
	 */
	EList<String> getLevels();

} // Net
