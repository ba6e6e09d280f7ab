package org.studybench.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * Runs EMF's model code generator outside Eclipse. The output always goes to a scratch folder
 * first, so the same path serves the up-to-date check and the regeneration (which then replaces
 * src-gen/ as a whole: no JDT merge of stale files, hence no hand edits can survive there).
 */
public final class ModelGenerator {

    private static final String MODEL_PROJECT = "org.studybench.model";

    private ModelGenerator() {
    }

    /** Generates the model code of {@code modelBundle}'s genmodel into {@code scratch}/src-gen. */
    public static Path generate(Path modelBundle, Path scratch) {
        Path genmodel = modelBundle.resolve("model/study.genmodel").toAbsolutePath();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        // The genmodel's modelDirectory is /org.studybench.model/src-gen, i.e. platform:/resource/...
        EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, URI.createFileURI(scratch.toAbsolutePath() + "/"));

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
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + result);
        }
        return scratch.resolve("src-gen");
    }

    /** Replaces {@code modelBundle}/src-gen with freshly generated code. */
    public static void regenerate(Path modelBundle) throws IOException {
        Path scratch = Files.createTempDirectory("studybench-codegen");
        try {
            Path fresh = generate(modelBundle, scratch);
            Path target = modelBundle.resolve("src-gen");
            deleteTree(target);
            try (Stream<Path> files = Files.walk(fresh)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path dest = target.resolve(fresh.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                }
            }
        } finally {
            deleteTree(scratch);
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
        System.out.println("Regenerated " + modelBundle.resolve("src-gen"));
    }
}
