package org.studybench.ui.editor;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * How the trees show model elements: the text of {@link ModelLabels#text} ("label  [name]") and the
 * icon of the element's type ({@link StudyImages}, else the item provider's). Images are made once per
 * provider and freed with it.
 */
public class ElementLabels extends LabelProvider {

    private ResourceManager images;

    @Override
    public String getText(Object element) {
        return ModelLabels.text(element);
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor descriptor = descriptor(element);
        if (descriptor == null) {
            return null;
        }
        if (images == null) {
            images = new LocalResourceManager(JFaceResources.getResources());
        }
        return images.create(descriptor);
    }

    /** The icon of {@code element}; subclasses add their own nodes (a tree's groups). */
    protected ImageDescriptor descriptor(Object element) {
        ImageDescriptor own = StudyImages.of(element);
        if (own != null) {
            return own;
        }
        return ModelLabels.image(element) instanceof URL url ? ImageDescriptor.createFromURL(url) : null;
    }

    @Override
    public void dispose() {
        if (images != null) {
            images.dispose();
            images = null;
        }
        super.dispose();
    }
}
