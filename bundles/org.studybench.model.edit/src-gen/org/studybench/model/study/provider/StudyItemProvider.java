/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;

/**
 * This is the item provider adapter for a {@link org.studybench.model.study.Study} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addDatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_title_feature", "_UI_Study_type"),
				 StudyPackage.Literals.STUDY__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_description_feature", "_UI_Study_type"),
				 StudyPackage.Literals.STUDY__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_date_feature", "_UI_Study_type"),
				 StudyPackage.Literals.STUDY__DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(StudyPackage.Literals.STUDY__SOURCES);
			childrenFeatures.add(StudyPackage.Literals.STUDY__INSTRUMENTS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__DATASETS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__SEGMENTS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__FINDINGS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__COMPARISONS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__CHARTS);
			childrenFeatures.add(StudyPackage.Literals.STUDY__TABLES);
			childrenFeatures.add(StudyPackage.Literals.STUDY__REPORTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Study.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Study"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Study)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Study_type") :
			getString("_UI_Study_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Study.class)) {
			case StudyPackage.STUDY__TITLE:
			case StudyPackage.STUDY__DESCRIPTION:
			case StudyPackage.STUDY__DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case StudyPackage.STUDY__SOURCES:
			case StudyPackage.STUDY__INSTRUMENTS:
			case StudyPackage.STUDY__DATASETS:
			case StudyPackage.STUDY__SEGMENTS:
			case StudyPackage.STUDY__FINDINGS:
			case StudyPackage.STUDY__COMPARISONS:
			case StudyPackage.STUDY__CHARTS:
			case StudyPackage.STUDY__TABLES:
			case StudyPackage.STUDY__REPORTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__SOURCES,
				 StudyFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__INSTRUMENTS,
				 StudyFactory.eINSTANCE.createInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__DATASETS,
				 StudyFactory.eINSTANCE.createDataset()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__SEGMENTS,
				 StudyFactory.eINSTANCE.createSegment()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__FINDINGS,
				 StudyFactory.eINSTANCE.createFinding()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__COMPARISONS,
				 StudyFactory.eINSTANCE.createComparison()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__CHARTS,
				 StudyFactory.eINSTANCE.createChartSpec()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__TABLES,
				 StudyFactory.eINSTANCE.createTableSpec()));

		newChildDescriptors.add
			(createChildParameter
				(StudyPackage.Literals.STUDY__REPORTS,
				 StudyFactory.eINSTANCE.createReportSpec()));
	}

}
