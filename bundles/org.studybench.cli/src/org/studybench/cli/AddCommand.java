package org.studybench.cli;

import org.eclipse.emf.ecore.EObject;
import org.studybench.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = { "Add a segment, finding, comparison, chart, report, report section (--in REPORT), source, ... to a study.",
                "The element gets a fresh id; --set sets any of its settings by model name (references by the names of the elements "
                        + "referred to, comma-separated for many; base.label for the settings of a contained element).",
                "The study is saved only if the change adds no validation error." })
class AddCommand extends AuthoringCommand {

    @Mixin
    SettingOptions settings;

    @Override
    public Integer call() throws InputException {
        return changeAndSave(study -> {
            EObject element = authoring().add(study, kind, name, parent);
            apply(element, settings);
            return element;
        }, "added");
    }
}
