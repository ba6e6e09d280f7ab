package org.studybench.cli;

import org.eclipse.emf.ecore.EObject;
import org.studybench.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = { "Change a study element's settings (as add does; an empty value clears a setting or removes a parameter).",
                "The study is saved only if the change adds no validation error." })
class SetCommand extends AuthoringCommand {

    @Mixin
    SettingOptions settings;

    @Override
    public Integer call() throws InputException {
        if (settings.isEmpty()) {
            throw new InputException(file + ": nothing to change (give --set, --param or --estimate)");
        }
        return changeAndSave(study -> {
            EObject element = authoring().find(study, kind, name, parent);
            apply(element, settings);
            return element;
        }, "changed");
    }
}
