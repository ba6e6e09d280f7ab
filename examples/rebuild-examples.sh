#!/bin/sh
# Rebuilds both example studies (examples/studies/ipsos-2013 and blogmeter-2013) from empty studies with
# the authoring commands alone: new, add, set, and import for their synthetic data from the seeded
# generators. The rebuilt study files equal the committed ones apart from the element ids (fresh UUIDs) and
# the variable labels today's importers give (the name, where a file has no label); the data files, the
# results that the closing report computes, and the reports themselves are byte-identical to those of the
# committed studies. AuthoringExampleTest runs the same commands in-process and compares every element.
#
#   examples/rebuild-examples.sh [OUT_DIR]     # default: a new temporary folder
#
# Every command starting with $sb is one StudyBench command; the test reads them from this file.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sb="${STUDYBENCH:-$here/../studybench}"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
ipsos="$out/ipsos-2013.study"
blogmeter="$out/blogmeter-2013.study"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# ---- Ipsos 2013: published findings, comparisons, a chart, a computed finding and a table
$sb new "$ipsos" --force --title 'Social tools at work: SMEs vs large enterprises'
$sb set "$ipsos" study ipsos-2013 \
    --set 'description=Ipsos survey for Microsoft of almost 10,000 end users working in SMEs and in large enterprises in 32 countries (published July 2013). Besides intranets and instant messaging, SME users use more external social tools for work than users in large firms. SMEs use the tools for a wider range of tasks (talking to consumers, customers and suppliers; researching customers and competitors); users in large firms more often use them to find an expert or information inside the company. Group sizes per firm size and per country were not published.' \
    --set date=2013-07
$sb add "$ipsos" source ipsos-microsoft-2013 \
    --set 'label=Ipsos for Microsoft, July 2013' \
    --set 'title=Social tools at work: SMEs vs large enterprises' \
    --set 'author=Ipsos for Microsoft' \
    --set publisher=Microsoft \
    --set date=2013-07 \
    --set 'citation=Ipsos for Microsoft (2013). Social tools at work: SMEs vs large enterprises. Online survey of almost 10,000 end users in 32 countries, published July 2013.' \
    --set 'notes=Shares of end users, large enterprises vs SMEs. Per-size and per-country group sizes are not published.'
$sb add "$ipsos" instrument online-survey \
    --set 'label=Online survey of end users' \
    --set 'mode=online survey' \
    --set 'population=End users working in SMEs and in large enterprises, 32 countries' \
    --set source=ipsos-microsoft-2013
java "$here/studies/ipsos-2013/GenerateRespondents.java" "$data/respondents.csv"
$sb import "$data/respondents.csv" --study "$ipsos" --name respondents --weight weight
$sb set "$ipsos" dataset respondents \
    --set 'label=End users (SYNTHETIC)' \
    --set synthetic=true \
    --set 'description=SYNTHETIC: 10,000 respondents from the seeded generator GenerateRespondents.java (java GenerateRespondents.java respondents.csv), with weighted margins matching the published shares of large-firm and SME users. Not Ipsos'\''s data.'
$sb set "$ipsos" variable respondent --in respondents --set 'label=Respondent number'
$sb set "$ipsos" variable country --in respondents --set label=Country
$sb set "$ipsos" variable size --in respondents --set 'label=Firm size' \
    --item 'valueLabels:value=SME;label=SMEs' --item 'valueLabels:value=large;label=Large enterprises'
$sb set "$ipsos" variable weight --in respondents --set 'label=Survey weight'
$sb set "$ipsos" variable colleagues --in respondents --set 'label=Use social tools mainly to talk with colleagues' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb set "$ipsos" variable security --in respondents --set 'label=See security as a risk or obstacle of social tools' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb set "$ipsos" variable productivity --in respondents --set 'label=See lost productivity as a risk or obstacle' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb set "$ipsos" variable it_barrier --in respondents --set 'label=Say their IT department is a barrier to using social tools' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb set "$ipsos" variable image_regulation --in respondents --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb set "$ipsos" variable data_loss_regulation --in respondents --set 'label=Say use at work is regulated out of concern for data loss' \
    --item 'valueLabels:value=yes;label=Yes' --item 'valueLabels:value=no;label=No'
$sb add "$ipsos" segment large \
    --set 'label=Large enterprises' \
    --set 'filter=size = "large"' \
    --set 'description=End users working in large enterprises'
$sb add "$ipsos" segment sme \
    --set label=SMEs \
    --set 'filter=size = "SME"' \
    --set 'description=End users working in small and medium-sized enterprises'
$sb add "$ipsos" finding colleagues \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.7;publishedText=7 in 10' \
    --estimate 'sme=0.7;publishedText=7 in 10'
$sb add "$ipsos" finding security \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.71;publishedText=71%' \
    --estimate 'sme=0.6;publishedText=60%'
$sb add "$ipsos" finding productivity \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.58;publishedText=58%' \
    --estimate 'sme=0.59;publishedText=59%'
$sb add "$ipsos" finding it-barrier \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.41;publishedText=41%' \
    --estimate 'sme=0.36;publishedText=36%'
$sb add "$ipsos" finding image-regulation \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.27;publishedText=27%' \
    --estimate 'sme=0.21;publishedText=21%'
$sb add "$ipsos" finding data-loss-regulation \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set source=ipsos-microsoft-2013 \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.25;publishedText=25%' \
    --estimate 'sme=0.22;publishedText=22%'
$sb add "$ipsos" finding security-respondents \
    --set 'label=See security as a risk (synthetic respondents, weighted)' \
    --set origin=computed \
    --set dataset=respondents \
    --set variable=security \
    --set level=yes \
    --set 'base.label=synthetic respondents'
$sb add "$ipsos" comparison colleagues-whole \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set comparatorId=two-proportions \
    --set findings=colleagues \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison security-whole \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set comparatorId=two-proportions \
    --set findings=security \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison productivity-whole \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set comparatorId=two-proportions \
    --set findings=productivity \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison it-barrier-whole \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set comparatorId=two-proportions \
    --set findings=it-barrier \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison image-regulation-whole \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set comparatorId=two-proportions \
    --set findings=image-regulation \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison data-loss-regulation-whole \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set comparatorId=two-proportions \
    --set findings=data-loss-regulation \
    --set segments=large,sme \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param n1=5000 \
    --param n2=5000
$sb add "$ipsos" comparison colleagues-country \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set comparatorId=two-proportions \
    --set findings=colleagues \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison security-country \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set comparatorId=two-proportions \
    --set findings=security \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison productivity-country \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set comparatorId=two-proportions \
    --set findings=productivity \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison it-barrier-country \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set comparatorId=two-proportions \
    --set findings=it-barrier \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison image-regulation-country \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set comparatorId=two-proportions \
    --set findings=image-regulation \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison data-loss-regulation-country \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set comparatorId=two-proportions \
    --set findings=data-loss-regulation \
    --set segments=large,sme \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param n1=155 \
    --param n2=155
$sb add "$ipsos" comparison split-sensitivity \
    --set 'label=Shares of large-firm users under which each gap is significant (Holm, n = 10,000)' \
    --set comparatorId=split-sensitivity \
    --set findings=colleagues,security,productivity,it-barrier,image-regulation,data-loss-regulation \
    --set segments=large,sme \
    --param n=10000
$sb add "$ipsos" comparison letters-whole \
    --set 'label=Column proportions (letters) at 5,000 per group' \
    --set comparatorId=column-proportions \
    --set findings=colleagues,security,productivity,it-barrier,image-regulation,data-loss-regulation \
    --set segments=large,sme \
    --param bases=5000,5000
$sb add "$ipsos" chart gaps \
    --set 'label=Large enterprises vs SMEs' \
    --set kind=grouped-bar \
    --set 'title=Risks and rules of social tools at work: large enterprises vs SMEs' \
    --set 'subtitle=Share of end users; Ipsos for Microsoft, 2013' \
    --set percent=true \
    --set height=560 \
    --set interval=wilson \
    --param assumed-n=5000
$sb add "$ipsos" table by-size \
    --set 'title=The six findings by firm size (synthetic respondents, weighted)' \
    --set rows=colleagues,security,productivity,it_barrier,image_regulation,data_loss_regulation \
    --set columns=size

# ---- Blogmeter 2013: questions with options, nested bases, charts with options and annotations, a table, a report
$sb new "$blogmeter" --force --title 'Social caring in Italy'
$sb set "$blogmeter" study blogmeter-2013 \
    --set 'description=Blogmeter (presented June 2013): a questionnaire of 150 Italian companies (marketing managers, May 2013) on social networks in business and customer care, and an observation of 2,200 Italian corporate Facebook pages over 18 months. Both datasets here are SYNTHETIC (seeded generators GenerateCompanies.java and GeneratePages.java): the companies'\'' answers reproduce every published share of the questionnaire, the pages the published fact that only 3% of pages replied to at least 500 user posts.' \
    --set date=2013-06
$sb add "$blogmeter" source blogmeter-2013 \
    --set 'label=Blogmeter, June 2013' \
    --set 'title=Social caring in Italy' \
    --set author=Blogmeter \
    --set date=2013-06 \
    --set 'citation=Blogmeter (2013). Social caring in Italy. Questionnaire of 150 Italian companies (May 2013) and observation of 2,200 Italian corporate Facebook pages; presented June 2013.' \
    --set 'notes=Group sizes of nested bases are derived from the published shares (60% of 150 = 90).'
$sb add "$blogmeter" instrument questionnaire \
    --set 'label=Questionnaire of marketing managers' \
    --set 'mode=online questionnaire, May 2013' \
    --set 'population=150 Italian companies' \
    --set source=blogmeter-2013
$sb add "$blogmeter" question strategy --in questionnaire \
    --set 'text=Does your company have a strategy for using social networks?'
$sb add "$blogmeter" question importance --in questionnaire \
    --set 'text=How important does your company consider social networks for business and customer care?'
$sb add "$blogmeter" question causes --in questionnaire \
    --set 'text=What causes delay or reluctance in using social networks? (several answers allowed)' \
    --set type=multiple-response \
    --item 'options:code=time;label=Lack of time, resources and skills' \
    --item 'options:code=indicators;label=Difficulty defining indicators to measure impact' \
    --item 'options:code=culture;label=Weak corporate culture and strategic consideration'
$sb add "$blogmeter" instrument pages \
    --set 'label=Observation of corporate Facebook pages' \
    --set 'mode=observation of public page activity, 18 months' \
    --set 'population=2,200 Italian corporate Facebook pages' \
    --set source=blogmeter-2013
java "$here/studies/blogmeter-2013/GeneratePages.java" "$data/pages.csv"
$sb import "$data/pages.csv" --study "$blogmeter" --name pages
$sb set "$blogmeter" dataset pages \
    --set 'label=Corporate Facebook pages (SYNTHETIC)' \
    --set synthetic=true \
    --set 'description=SYNTHETIC: 2,200 pages from the seeded generator GeneratePages.java (java GeneratePages.java pages.csv), made to agree with the published 3% of pages that replied to at least 500 user posts. Not Blogmeter'\''s data.'
java "$here/studies/blogmeter-2013/GenerateCompanies.java" "$data/companies.csv"
$sb import "$data/companies.csv" --study "$blogmeter" --name companies
$sb set "$blogmeter" dataset companies \
    --set 'label=Questionnaire answers (SYNTHETIC)' \
    --set synthetic=true \
    --set instrument=questionnaire \
    --set source=blogmeter-2013 \
    --set 'description=SYNTHETIC: 150 companies from the seeded generator GenerateCompanies.java (java GenerateCompanies.java companies.csv), made so that every published share of the questionnaire comes out as published. Not Blogmeter'\''s answers.'
$sb set "$blogmeter" variable company --in companies --set 'label=Company number' --set role=id
$sb set "$blogmeter" variable strategy --in companies --set 'label=Has a strategy for using social networks' --set question=strategy \
    --item 'valueLabels:value=yes;label=Strategy' --item 'valueLabels:value=no;label=No strategy'
$sb set "$blogmeter" variable importance --in companies \
    --set 'label=Importance of social networks for business and customer care (asked of companies with a strategy)' \
    --set question=importance --set measureLevel=ordinal \
    --item 'valueLabels:value=1;label=Of no importance at all' --item 'valueLabels:value=2;label=Of little importance' \
    --item 'valueLabels:value=3;label=Important' --item 'valueLabels:value=4;label=Very important' \
    --item 'nets:name=little-or-none;label=Of little or no importance (net);levels=1,2' \
    --item 'nets:name=important;label=Important (net);levels=3,4'
$sb set "$blogmeter" variable cause_time --in companies --set 'label=Delay or reluctance: lack of time, resources and skills' \
    --item 'valueLabels:value=yes;label=Cited' --item 'valueLabels:value=no;label=Not cited'
$sb set "$blogmeter" variable cause_indicators --in companies --set 'label=Delay or reluctance: difficulty defining indicators to measure impact' \
    --item 'valueLabels:value=yes;label=Cited' --item 'valueLabels:value=no;label=Not cited'
$sb set "$blogmeter" variable cause_culture --in companies --set 'label=Delay or reluctance: weak corporate culture and strategic consideration' \
    --item 'valueLabels:value=yes;label=Cited' --item 'valueLabels:value=no;label=Not cited'
# the three causes answer one "several answers allowed" question: a multiple-response set, counted when cited
$sb add "$blogmeter" multiple-response-set causes --in companies \
    --set 'label=Causes of delay or reluctance (more than one could be cited)' \
    --set variables=cause_time,cause_indicators,cause_culture \
    --set countedValue=yes
$sb add "$blogmeter" finding strategy \
    --set 'label=Have a strategy for using social networks' \
    --set source=blogmeter-2013 \
    --set question=strategy \
    --set 'base.label=Italian companies surveyed (marketing managers)' \
    --set base.n=150 \
    --estimate '=0.6;n=150;publishedText=60%'
$sb add "$blogmeter" finding little-importance \
    --set 'label=Consider social networks of little or no importance for business and customer care' \
    --set source=blogmeter-2013 \
    --set question=importance \
    --set 'base.label=companies with a social-network strategy (60% of 150)' \
    --set base.n=90 \
    --set base.within=strategy \
    --estimate '=0.35;n=90;publishedText=35%'
$sb add "$blogmeter" finding no-importance \
    --set 'label=Consider social networks of no importance at all' \
    --set source=blogmeter-2013 \
    --set question=importance \
    --set 'base.label=companies with a social-network strategy (60% of 150)' \
    --set base.n=90 \
    --set base.within=strategy \
    --estimate '=0.07;n=90;publishedText=7%'
$sb add "$blogmeter" finding cause-time \
    --set 'label=Delay or reluctance: lack of time, resources and skills' \
    --set source=blogmeter-2013 \
    --set question=causes \
    --set 'base.label=Italian companies surveyed; several answers allowed' \
    --set base.n=150 \
    --estimate '=0.43;n=150;publishedText=43%'
$sb add "$blogmeter" finding cause-indicators \
    --set 'label=Delay or reluctance: difficulty defining indicators to measure impact' \
    --set source=blogmeter-2013 \
    --set question=causes \
    --set 'base.label=Italian companies surveyed; several answers allowed' \
    --set base.n=150 \
    --estimate '=0.4;n=150;publishedText=40%'
$sb add "$blogmeter" finding cause-culture \
    --set 'label=Delay or reluctance: weak corporate culture and strategic consideration' \
    --set source=blogmeter-2013 \
    --set question=causes \
    --set 'base.label=Italian companies surveyed; several answers allowed' \
    --set base.n=150 \
    --estimate '=0.33;n=150;publishedText=33%'
$sb add "$blogmeter" finding replied-500 \
    --set 'label=Pages that replied to at least 500 user posts' \
    --set source=blogmeter-2013 \
    --set 'base.label=Italian corporate Facebook pages observed for 18 months' \
    --set base.n=2200 \
    --estimate '=0.03;n=2200;publishedText=3%'
$sb add "$blogmeter" finding reply-hours-mean \
    --set 'label=Median reply time of a page, mean over the pages that replied (hours; synthetic pages)' \
    --set measure=mean \
    --set origin=computed \
    --set dataset=pages \
    --set variable=median_reply_hours \
    --set 'base.label=Synthetic corporate Facebook pages that replied to at least one user post'
$sb add "$blogmeter" chart causes \
    --set 'label=Causes of delay as shares of responses' \
    --set kind=stacked-100 \
    --set 'title=Why companies hold back: shares of all answers' \
    --set 'subtitle=Several answers allowed: 43% + 40% + 33% of companies = 116% of companies; shown as shares of the responses' \
    --set height=260 \
    --set findings=cause-time,cause-indicators,cause-culture
$sb add "$blogmeter" chart questionnaire \
    --set 'label=Questionnaire findings with exact intervals' \
    --set kind=dot-plot \
    --set 'title=Social networks in Italian companies' \
    --set 'subtitle=Share of companies; Blogmeter questionnaire, May 2013 (n = 150; 90 with a strategy)' \
    --set percent=true \
    --set height=520 \
    --set interval=clopper-pearson \
    --set findings=strategy,little-importance,no-importance,cause-time,cause-indicators,cause-culture
$sb add "$blogmeter" chart replies-by-sector \
    --set 'label=Pages that replied to at least 500 user posts, by sector (synthetic data)' \
    --set kind=dot-plot \
    --set 'title=Which sectors answer their users?' \
    --set 'subtitle=Share of each sector'\''s pages that replied to at least 500 user posts; SYNTHETIC pages' \
    --set percent=true \
    --set height=340 \
    --set sortOrder=descending \
    --set interval=wilson \
    --set dataset=pages \
    --param rows=replied_500 \
    --param level=yes \
    --param columns=sector
$sb add "$blogmeter" chart positioning-map \
    --set 'label=Positioning map of the pages (synthetic data)' \
    --set kind=scatter-map \
    --set 'title=How Italian corporate pages answer their users' \
    --set 'subtitle=Share of user posts answered vs median reply time; SYNTHETIC pages consistent with the published 3% fact' \
    --set 'xLabel=User posts answered' \
    --set 'yLabel=Median reply time (hours, log scale)' \
    --set yScale=log \
    --set height=600 \
    --item 'annotations:text=fast and thorough;x=0.85;y=0.2' \
    --item 'annotations:text=slow and selective;x=0.05;y=400.0' \
    --param x=reply_share \
    --param y=median_reply_hours \
    --param label=page \
    --param color=sector \
    --param x-threshold=0.5 \
    --param y-threshold=24 \
    --param x-percent=true \
    --param outliers=5
$sb add "$blogmeter" table by-strategy \
    --set 'title=The questionnaire by strategy (synthetic answers)' \
    --set dataset=companies \
    --set rows=importance,causes \
    --set columns=strategy \
    --set means=true
$sb add "$blogmeter" report social-caring \
    --set 'title=Social caring in Italy' \
    --set 'subtitle=Companies and their Facebook pages, 2013' \
    --set 'author=StudyBench example, after Blogmeter'
$sb add "$blogmeter" section 'About this report' --in social-caring \
    --set 'text=Two parts of Blogmeter'\''s 2013 work on *social caring* (customer care on social networks) in Italy:

1. a **questionnaire** of 150 companies'\'' marketing managers (May 2013), and
2. an **observation** of 2,200 corporate Facebook pages over 18 months.

The percentages are Blogmeter'\''s. The page data behind the positioning map are *synthetic* (see the methods), so the map shows the method, not Blogmeter'\''s pages.'
$sb add "$blogmeter" section 'The questionnaire' --in social-caring \
    --set kind=findings \
    --set findings=strategy,little-importance,no-importance,cause-time,cause-indicators,cause-culture
$sb add "$blogmeter" section 'How sure are these shares?' --in social-caring \
    --set kind=chart \
    --set chart=questionnaire
$sb add "$blogmeter" section 'Causes as shares of all answers' --in social-caring \
    --set kind=chart \
    --set chart=causes
$sb add "$blogmeter" section 'Answers by strategy' --in social-caring \
    --set kind=table \
    --set table=by-strategy
$sb add "$blogmeter" section 'The Facebook pages' --in social-caring \
    --set 'text=Only **3%** of the 2,200 pages replied to at least 500 user posts in 18 months. The map places each page by the share of user posts it answered and its median reply time; the dashed lines mark 50% answered and one day.'
$sb add "$blogmeter" section 'Pages that answer' --in social-caring \
    --set kind=findings \
    --set findings=replied-500,reply-hours-mean
$sb add "$blogmeter" section 'By sector' --in social-caring \
    --set kind=chart \
    --set chart=replies-by-sector
$sb add "$blogmeter" section 'Positioning map' --in social-caring \
    --set kind=chart \
    --set chart=positioning-map
$sb add "$blogmeter" section '' --in social-caring \
    --set kind=methods

# ---- check, compute what is computed (findings from data, comparisons) and write the reports
$sb validate "$ipsos"
$sb validate "$blogmeter"
$sb report "$ipsos" "$blogmeter" --out "$out"
echo "rebuilt: $ipsos $blogmeter"
