#!/bin/sh
# Rebuilds the Ipsos 2013 example study (examples/studies/ipsos-2013) from an empty study with the
# authoring commands alone: new, add, set and import. The result equals the committed study element
# by element, apart from fresh ids and what StudyBench computes (the dataset's rows, results, hashes);
# AuthoringExampleTest runs the same lines in-process and checks that.
#
#   examples/rebuild-examples.sh [OUT_DIR]     # default: a new temporary folder
#
# Every line starting with $sb is one StudyBench command; the test reads them from this file.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sb="${STUDYBENCH:-$here/../studybench}"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
study="$out/ipsos-2013.study"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# the synthetic respondents, from the example's seeded generator
java "$here/studies/ipsos-2013/GenerateRespondents.java" "$data/respondents.csv"

$sb new "$study" --force --title 'Social tools at work: SMEs vs large enterprises'
$sb set "$study" study ipsos-2013 \
    --set 'description=Ipsos survey for Microsoft of almost 10,000 end users working in SMEs and in large enterprises in 32 countries (published July 2013). Besides intranets and instant messaging, SME users use more external social tools for work than users in large firms. SMEs use the tools for a wider range of tasks (talking to consumers, customers and suppliers; researching customers and competitors); users in large firms more often use them to find an expert or information inside the company. Group sizes per firm size and per country were not published.' \
    --set 'date=2013-07'
$sb add "$study" source ipsos-microsoft-2013 \
    --set 'label=Ipsos for Microsoft, July 2013' \
    --set 'title=Social tools at work: SMEs vs large enterprises' \
    --set 'author=Ipsos for Microsoft' \
    --set 'publisher=Microsoft' \
    --set 'date=2013-07' \
    --set 'citation=Ipsos for Microsoft (2013). Social tools at work: SMEs vs large enterprises. Online survey of almost 10,000 end users in 32 countries, published July 2013.' \
    --set 'notes=Shares of end users, large enterprises vs SMEs. Per-size and per-country group sizes are not published.'
$sb add "$study" instrument online-survey \
    --set 'label=Online survey of end users' \
    --set 'mode=online survey' \
    --set 'population=End users working in SMEs and in large enterprises, 32 countries' \
    --set 'source=ipsos-microsoft-2013'
$sb import "$data/respondents.csv" --study "$study" --name respondents --weight weight
$sb set "$study" dataset respondents \
    --set 'label=End users (SYNTHETIC)' \
    --set 'synthetic=true' \
    --set 'description=SYNTHETIC: 10,000 respondents from the seeded generator GenerateRespondents.java (java GenerateRespondents.java respondents.csv), with weighted margins matching the published shares of large-firm and SME users. Not Ipsos'\''s data.'
$sb add "$study" segment large \
    --set 'label=Large enterprises' \
    --set 'filter=size = "large"' \
    --set 'description=End users working in large enterprises'
$sb add "$study" segment sme \
    --set 'label=SMEs' \
    --set 'filter=size = "SME"' \
    --set 'description=End users working in small and medium-sized enterprises'
$sb add "$study" finding colleagues \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.7;publishedText=7 in 10' \
    --estimate 'sme=0.7;publishedText=7 in 10'
$sb add "$study" finding security \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.71;publishedText=71%' \
    --estimate 'sme=0.6;publishedText=60%'
$sb add "$study" finding productivity \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.58;publishedText=58%' \
    --estimate 'sme=0.59;publishedText=59%'
$sb add "$study" finding it-barrier \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.41;publishedText=41%' \
    --estimate 'sme=0.36;publishedText=36%'
$sb add "$study" finding image-regulation \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.27;publishedText=27%' \
    --estimate 'sme=0.21;publishedText=21%'
$sb add "$study" finding data-loss-regulation \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set 'source=ipsos-microsoft-2013' \
    --set 'base.label=end users of social tools at work' \
    --estimate 'large=0.25;publishedText=25%' \
    --estimate 'sme=0.22;publishedText=22%'
$sb add "$study" finding security-respondents \
    --set 'label=See security as a risk (synthetic respondents, weighted)' \
    --set 'origin=computed' \
    --set 'dataset=respondents' \
    --set 'variable=security' \
    --set 'level=yes' \
    --set 'base.label=synthetic respondents'
$sb add "$study" comparison colleagues-whole \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=colleagues' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison security-whole \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=security' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison productivity-whole \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=productivity' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison it-barrier-whole \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=it-barrier' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison image-regulation-whole \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=image-regulation' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison data-loss-regulation-whole \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=data-loss-regulation' \
    --set 'segments=large,sme' \
    --set 'family=whole sample: 5,000 per group (a 50/50 split of ~10,000)' \
    --param 'n1=5000' \
    --param 'n2=5000'
$sb add "$study" comparison colleagues-country \
    --set 'label=Use social tools mainly to talk with colleagues' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=colleagues' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison security-country \
    --set 'label=See security as a risk or obstacle of social tools' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=security' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison productivity-country \
    --set 'label=See lost productivity as a risk or obstacle' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=productivity' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison it-barrier-country \
    --set 'label=Say their IT department is a barrier to using social tools' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=it-barrier' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison image-regulation-country \
    --set 'label=Say use at work is regulated out of concern for the company'\''s image' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=image-regulation' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison data-loss-regulation-country \
    --set 'label=Say use at work is regulated out of concern for data loss' \
    --set 'comparatorId=two-proportions' \
    --set 'findings=data-loss-regulation' \
    --set 'segments=large,sme' \
    --set 'family=one country: 155 per group (~310 respondents per country)' \
    --param 'n1=155' \
    --param 'n2=155'
$sb add "$study" comparison split-sensitivity \
    --set 'label=Shares of large-firm users under which each gap is significant (Holm, n = 10,000)' \
    --set 'comparatorId=split-sensitivity' \
    --set 'findings=colleagues,security,productivity,it-barrier,image-regulation,data-loss-regulation' \
    --set 'segments=large,sme' \
    --param 'n=10000'
$sb add "$study" comparison letters-whole \
    --set 'label=Column proportions (letters) at 5,000 per group' \
    --set 'comparatorId=column-proportions' \
    --set 'findings=colleagues,security,productivity,it-barrier,image-regulation,data-loss-regulation' \
    --set 'segments=large,sme' \
    --param 'bases=5000,5000'
$sb add "$study" chart gaps \
    --set 'label=Large enterprises vs SMEs' \
    --set 'kind=grouped-bar' \
    --set 'title=Risks and rules of social tools at work: large enterprises vs SMEs' \
    --set 'subtitle=Share of end users; Ipsos for Microsoft, 2013' \
    --set 'percent=true' \
    --set 'height=560' \
    --set 'interval=wilson' \
    --param 'assumed-n=5000'

$sb validate "$study"
# brings the computed finding and the comparisons' results up to date and writes the report
$sb report "$study" --out "$out"
echo "rebuilt: $study"
