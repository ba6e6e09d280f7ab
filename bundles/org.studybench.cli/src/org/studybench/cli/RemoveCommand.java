package org.studybench.cli;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.studybench.core.InputException;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = { "Remove an element from a study. Refused while other elements refer to it (they are listed);",
                "--force removes those references too (a removed segment's estimates go with it)." })
class RemoveCommand extends AuthoringCommand {

    @Option(names = "--force", description = "Also remove the references other elements have to it.")
    boolean force;

    @Override
    public Integer call() throws InputException {
        Study study = root.load(file);
        Map<String, Integer> before = errors(study);
        EObject element;
        Set<String> referrers = new LinkedHashSet<>();
        try {
            element = authoring().find(study, kind, name, parent);
            for (EObject referrer : authoring().referrers(element)) {
                referrers.add(authoring().describe(referrer));
            }
            Map<String, Object> json = this.json ? toJson(element) : null;
            String described = authoring().describe(element);
            authoring().remove(element, force);
            saveChecked(study, before);
            if (json != null) {
                json.put("removed_references", referrers);
                Json.print(root.out(), json);
            } else {
                root.out().println(file + ": removed " + described + (referrers.isEmpty() ? "" : " and its references from " + String.join(", ", referrers)));
            }
        } catch (InputException e) {
            throw e.getMessage().startsWith(file + ": ") ? e : inStudy(e);
        }
        return ExitCode.OK;
    }
}
