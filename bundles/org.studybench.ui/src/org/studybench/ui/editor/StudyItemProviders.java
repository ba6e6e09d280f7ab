package org.studybench.ui.editor;

import org.eclipse.emf.common.notify.Adapter;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Named;
import org.studybench.model.study.Option;
import org.studybench.model.study.Section;
import org.studybench.model.study.provider.ChartSpecItemProvider;
import org.studybench.model.study.provider.ComparisonItemProvider;
import org.studybench.model.study.provider.DatasetItemProvider;
import org.studybench.model.study.provider.EstimateItemProvider;
import org.studybench.model.study.provider.FindingItemProvider;
import org.studybench.model.study.provider.InstrumentItemProvider;
import org.studybench.model.study.provider.MultipleResponseSetItemProvider;
import org.studybench.model.study.provider.OptionItemProvider;
import org.studybench.model.study.provider.QuestionItemProvider;
import org.studybench.model.study.provider.ReportSpecItemProvider;
import org.studybench.model.study.provider.SectionItemProvider;
import org.studybench.model.study.provider.SegmentItemProvider;
import org.studybench.model.study.provider.SourceItemProvider;
import org.studybench.model.study.provider.StudyItemProvider;
import org.studybench.model.study.provider.StudyItemProviderAdapterFactory;
import org.studybench.model.study.provider.VariableItemProvider;

/**
 * The generated item providers of org.studybench.model.edit with the workbench's labels (generation
 * gap: the generated code stays as study.genmodel makes it, the differences live here). EMF labels an
 * element "Finding security"; StudyBench's trees show a named element as "label  [name]", an option as
 * "code  label", a section as "title  (kind)" and an estimate as "segment: value". Everything else
 * (property descriptors, icons, the other classes' labels) is the generated providers' own.
 */
final class StudyItemProviders extends StudyItemProviderAdapterFactory {

    /** A named element as trees show it: "label  [name]", or only the name when the label is blank or the same. */
    static String named(Named named) {
        String label = named.getLabel();
        return label == null || label.isBlank() || label.equals(named.getName()) ? String.valueOf(named.getName()) : label + "  [" + named.getName() + "]";
    }

    static String option(Option option) {
        return option.getCode() + "  " + (option.getLabel() == null ? "" : option.getLabel());
    }

    static String section(Section section) {
        return (section.getTitle() == null || section.getTitle().isBlank() ? "(untitled)" : section.getTitle()) + "  ("
                + (section.getKind() == null ? "text" : section.getKind().getLiteral()) + ")";
    }

    /** An estimate as "segment: value": the whole sample is "all"; the value as published, if it was. */
    static String estimate(Estimate estimate) {
        String segment = estimate.getSegment() == null ? "all" : estimate.getSegment().getName();
        String value = estimate.getPublishedText() != null ? estimate.getPublishedText() : String.valueOf(estimate.getValue());
        return segment + ": " + value;
    }

    @Override
    public Adapter createStudyAdapter() {
        if (studyItemProvider == null) {
            studyItemProvider = new StudyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return studyItemProvider;
    }

    @Override
    public Adapter createSourceAdapter() {
        if (sourceItemProvider == null) {
            sourceItemProvider = new SourceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return sourceItemProvider;
    }

    @Override
    public Adapter createInstrumentAdapter() {
        if (instrumentItemProvider == null) {
            instrumentItemProvider = new InstrumentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return instrumentItemProvider;
    }

    @Override
    public Adapter createQuestionAdapter() {
        if (questionItemProvider == null) {
            questionItemProvider = new QuestionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return questionItemProvider;
    }

    @Override
    public Adapter createOptionAdapter() {
        if (optionItemProvider == null) {
            optionItemProvider = new OptionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return option((Option) object);
                }
            };
        }
        return optionItemProvider;
    }

    @Override
    public Adapter createDatasetAdapter() {
        if (datasetItemProvider == null) {
            datasetItemProvider = new DatasetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return datasetItemProvider;
    }

    @Override
    public Adapter createVariableAdapter() {
        if (variableItemProvider == null) {
            variableItemProvider = new VariableItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return variableItemProvider;
    }

    @Override
    public Adapter createMultipleResponseSetAdapter() {
        if (multipleResponseSetItemProvider == null) {
            multipleResponseSetItemProvider = new MultipleResponseSetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return multipleResponseSetItemProvider;
    }

    @Override
    public Adapter createSegmentAdapter() {
        if (segmentItemProvider == null) {
            segmentItemProvider = new SegmentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return segmentItemProvider;
    }

    @Override
    public Adapter createFindingAdapter() {
        if (findingItemProvider == null) {
            findingItemProvider = new FindingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return findingItemProvider;
    }

    @Override
    public Adapter createEstimateAdapter() {
        if (estimateItemProvider == null) {
            estimateItemProvider = new EstimateItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return estimate((Estimate) object);
                }
            };
        }
        return estimateItemProvider;
    }

    @Override
    public Adapter createComparisonAdapter() {
        if (comparisonItemProvider == null) {
            comparisonItemProvider = new ComparisonItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return comparisonItemProvider;
    }

    @Override
    public Adapter createChartSpecAdapter() {
        if (chartSpecItemProvider == null) {
            chartSpecItemProvider = new ChartSpecItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return chartSpecItemProvider;
    }

    @Override
    public Adapter createReportSpecAdapter() {
        if (reportSpecItemProvider == null) {
            reportSpecItemProvider = new ReportSpecItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return named((Named) object);
                }
            };
        }
        return reportSpecItemProvider;
    }

    @Override
    public Adapter createSectionAdapter() {
        if (sectionItemProvider == null) {
            sectionItemProvider = new SectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return section((Section) object);
                }
            };
        }
        return sectionItemProvider;
    }
}
