package org.studybench.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * XMI resource for .study files, tuned for files that researchers diff and review: UTF-8, LF line
 * ends, references written as ids, and every element given its stable id before it is written.
 */
public class StudyResource extends XMIResourceImpl {

    public StudyResource(URI uri) {
        super(uri);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        for (EObject root : getContents()) {
            Ids.ensureIds(root);
        }
        super.doSave(outputStream, options);
    }
}
