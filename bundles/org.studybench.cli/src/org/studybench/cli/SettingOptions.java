package org.studybench.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The settings {@code add} and {@code set} give an element; see docs/cli.md, Authoring studies. */
class SettingOptions {

    @Option(names = "--set", paramLabel = "FEATURE=VALUE",
            description = "A setting by model name, e.g. filter='size = \"SME\"', origin=computed, findings=a,b, base.label=..., name=new-name.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A comparison's parameter or a chart's kind-specific option.")
    List<String> params = new ArrayList<>();

    @Option(names = "--estimate", paramLabel = "SEGMENT=VALUE[:N][;FEATURE=VALUE]...",
            description = "A finding's estimate for a segment (empty: the whole sample), replacing one it has, e.g. 'sme=0.6;publishedText=60%%'.")
    List<String> estimates = new ArrayList<>();

    @Option(names = "--item", paramLabel = "LIST:FEATURE=VALUE[;FEATURE=VALUE]...",
            description = "A new item in one of the element's lists, e.g. a question's 'options:code=1;label=Yes' or a chart's 'annotations:text=outlier;x=3;y=4'.")
    List<String> items = new ArrayList<>();

    boolean isEmpty() {
        return sets.isEmpty() && params.isEmpty() && estimates.isEmpty() && items.isEmpty();
    }
}
