package org.studybench.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse: the model code (into org.studybench.model/src-gen) and
 * the EMF.Edit item providers (into the org.studybench.model.edit bundle). The output always goes to
 * a scratch folder first, so the same path serves the up-to-date check and the regeneration (which
 * then replaces the generated files as a whole: no JDT merge of stale files, hence no hand edits can
 * survive there).
 * <p>
 * Of the edit project EMF generates, only {@link #EDIT_GENERATED} is kept; its MANIFEST.MF and
 * build.properties are hand-written in the bundle (pomless Tycho reads them), so they are not copied.
 */
public final class ModelGenerator {

    private static final String MODEL_PROJECT = "org.studybench.model";
    static final String EDIT_PROJECT = "org.studybench.model.edit";

    /** What the edit bundle holds of EMF's edit project: generated, never edited by hand. */
    static final List<String> EDIT_GENERATED = List.of("src-gen", "plugin.properties", "plugin.xml", "icons");

    private ModelGenerator() {
    }

    /** The edit bundle that belongs to {@code modelBundle}: its sibling org.studybench.model.edit. */
    public static Path editBundle(Path modelBundle) {
        return modelBundle.toAbsolutePath().normalize().resolveSibling(EDIT_PROJECT);
    }

    /** Where {@link #generate} put the edit project in {@code scratch}. */
    public static Path editProject(Path scratch) {
        return scratch.resolve(EDIT_PROJECT);
    }

    /**
     * Generates the model code of {@code modelBundle}'s genmodel into {@code scratch}/org.studybench.model
     * and its edit code into {@code scratch}/org.studybench.model.edit; returns the model code's src-gen.
     */
    public static Path generate(Path modelBundle, Path scratch) {
        Path genmodel = modelBundle.resolve("model/study.genmodel").toAbsolutePath();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        // The genmodel's modelDirectory is /org.studybench.model/src-gen and its editDirectory
        // /org.studybench.model.edit/src-gen, i.e. platform:/resource/...
        Path modelProject = scratch.resolve(MODEL_PROJECT);
        EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, URI.createFileURI(modelProject.toAbsolutePath() + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, URI.createFileURI(editProject(scratch).toAbsolutePath() + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createFileURI(genmodel.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("study.genmodel is invalid: " + validation);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF code generation (" + projectType + ") failed: " + result);
            }
        }
        return modelProject.resolve("src-gen");
    }

    /**
     * Replaces {@code modelBundle}/src-gen with freshly generated code, and in the edit bundle next to
     * it the generated src-gen/, plugin.properties, plugin.xml and icons/.
     */
    public static void regenerate(Path modelBundle) throws IOException {
        Path scratch = Files.createTempDirectory("studybench-codegen");
        try {
            Path fresh = generate(modelBundle, scratch);
            replace(fresh, modelBundle.resolve("src-gen"));
            Path editBundle = editBundle(modelBundle);
            for (String part : EDIT_GENERATED) {
                replace(editProject(scratch).resolve(part), editBundle.resolve(part));
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** Replaces the file or folder {@code target} with a copy of {@code fresh} (deleting it when nothing was generated). */
    private static void replace(Path fresh, Path target) throws IOException {
        deleteTree(target);
        if (!Files.exists(fresh)) {
            return;
        }
        try (Stream<Path> files = Files.walk(fresh)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(fresh.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(source, dest);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public static void main(String[] args) throws IOException {
        Path modelBundle = Path.of(args.length > 0 ? args[0] : "bundles/" + MODEL_PROJECT);
        regenerate(modelBundle);
        System.out.println("Regenerated " + modelBundle.resolve("src-gen") + " and the generated files of " + editBundle(modelBundle));
    }
}
