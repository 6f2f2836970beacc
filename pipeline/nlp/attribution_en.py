"""English attribution rules: “…,” X said / said X; X said (that) …; According to X, …; …, X told reporters;
X told The Astana Times that …; X told a news conference in Astana that …; X, deputy chair of …, told the meeting
that …; He also called for … (the object); X …, saying …; …, its chair X said, adding that …; “A,” X said, “B.”;
a quote sentence right after a quoted speaker (also one left open at a paragraph's end); a clause ends at '…," and
said …'; "The rules, he said, will …" (the verb set inside the clause); 'It is, he said, "…"'; "told them the …"."""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.nlp.candidates import Candidate, trim
from pipeline.nlp.lexicon import COLLECTIVE_HEADS, EN_VERB, ROLE_HEADS
from pipeline.nlp.spans import Span

_QUOTE = r"[“\"](?P<q>[^“”\"]+)[”\"]"
_QUOTE_THEN = re.compile(_QUOTE + r"\s*(?P<rest>[^.!?“”\"]*)")
_VERB_RE = re.compile(rf"\b(?P<verb>{EN_VERB}|argue)\b")
# how the words came, after a quote only: '"…," he laughed' (before "that" they report no speech)
_QUOTE_VERB_RE = re.compile(rf"\b(?P<verb>{EN_VERB}|argue|laughed|laughs|joked|jokes|quipped|smiled|smiles)\b")
_THAT_VERBS = re.compile(r"^(?:said|says|say|wrote|writes|note|stress|noted|notes|stressed|stresses|added|adds|argued|argues|argue|emphasized|emphasised|"
                         r"underlined|explained|reported|stated|announced|believes|believe|point(?:s|ed)?\s+out|warned|cautioned|insisted|"
                         r"claimed|remarked|concluded|assured|promised|acknowledged|admitted|suggested|thinks|hopes|"
                         r"expects|predicted|recalled|confirmed|expressed\s+(?:confidence|hope|concern)|reiterated|"
                         r"replied|replies|reply|responded|responds|respond|countered|counters|counter|retorted|"
                         r"agreed|agree|agrees|insist|insists|"
                         r"warns|cautions|concludes|claims|admits|acknowledges|explains|recalls|predicts|"
                         r"informed|told(?:\s+[\w.]+)*)$")
_BARE_CLAUSE_VERBS = re.compile(r"^(?:said|says|say|added|noted|stressed|argued|argues|argue|believes|believe|insisted|warned|"
                                r"replied|replies|reply|responded|responds|respond|countered|counters|retorted|"
                                r"thinks|hopes|expects|predicted|promised|admitted|acknowledged|"
                                r"wrote|told\s+(?:reporters|journalists|lawmakers|colleagues|members|participants|delegates|"
                                r"(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))$")
# where a reported clause ends and the same subject reports another: '…," and said …', "…, adding that …"
# (or "…, but added that …": the second clause the same speaker adds is a statement of its own)
_NEXT_CLAUSE = re.compile(r",?[\"”]?,?\s+(?:and\s+(?:said|added|noted|stressed|argued|warned)|"
                          r"but\s+(?:also\s+)?(?:added|said|noted|stressed|warned|cautioned)\s+that|"
                          # … or a clause without "that": "noted that …, but said final figures are due on Monday"
                          r"but\s+(?:also\s+)?said(?=\s+(?:the|this|these|those|it|its|they|he|she|we|there|most|some|all|many|"
                          r"[a-z]+\s+[a-z]+\s+(?:is|are|was|were|would|will|had|has|have)\b))|"
                          # "…, although they noted that …": a reservation the same speakers add
                          r"(?:although|though|while)\s+(?:they|he|she|it)\s+(?:also\s+)?(?:added|said|noted|stressed|warned|"
                          r"cautioned|acknowledged|admitted)\s+that|adding|saying|noting|stressing|"
                          # "said that …, and that …": the verb's second object clause set off by a comma, a statement
                          # of its own (without the comma, or with "but", the sets keep it one statement: "…, but that
                          # much depends on …" is a reservation inside the same claim)
                          r"(?<=,\s)and(?=\s+that\s))\s+(?:that\s+)?")
# the speaker's next act, no part of what was said: "said that … and instructed the commission to …"
_NEXT_ACT = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:instructed|ordered|tasked|urged|thanked|asked|directed|charged|"
                       r"called\s+on|invited|proposed|signed|handed|presented|awarded)\s+(?:the|a|an|his|her|its|their|all|"
                       r"[A-Z]\w*|them|him|it)\b|"
                       # whoever is urged to do something: "and urged state bodies to apply its norms"
                       # (or set against the words: "said the vote was calm but urged the authorities to …")
                       r",?\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:instructed|ordered|tasked|urged|asked|directed|charged|"
                       r"called\s+on|invited|encouraged)\s+(?:[\w-]+\s+){1,4}?to\s+[a-z]+|"
                       # a proposal of an act, no statement: "said …, and proposed putting the change to a referendum"
                       # (the subject may be said again: "…, and he proposed creating a council")
                       r",?\s+and\s+(?:(?:he|she|they)\s+)?(?:then\s+|also\s+)?(?:proposed|suggested|recommended)\s+"
                       r"[a-z]+ing\b|"
                       # a reservation naming only a topic: "said the vote went well, though they pointed to queues"
                       r",\s+(?:although|though|while|but)\s+(?:they|he|she|it)\s+(?:also\s+)?(?:pointed|referred)\s+to\b|"
                       # … or the speaker's act the narrator sets against the claim: "argued that …, although she
                       # praised the plain language" (a reservation said in words is a clause of its own, _NEXT_CLAUSE)
                       r",\s+(?:although|though)\s+(?:they|he|she)\s+(?:also\s+)?(?:praised|welcomed|supported|"
                       r"backed|endorsed|approved|applauded|commended|criticised|criticized)\b")
# "President X on Monday proposed …, saying the final decision should be taken by citizens"
_SAYING = re.compile(r",\s+(?P<verb>saying|adding|arguing|noting|stressing|warning)\s+(?:that\s+)?(?P<c>.+)$", re.S)
_LEADING_NAME = re.compile(r"^(?:[A-Z]{3,}[A-Z ,.]*(?:\([^)]*\))?\s*[–—-]\s+)?"
                           # where or when, set off before the subject: "In a statement published by Akorda, X …"
                           r"(?:(?:In|On|At|During|After|Before|Following|Speaking|Commenting)\s[^,“”\"]{1,80},\s+)?"
                           r"(?P<name>(?:(?:[A-Z][\w’'-]*|chair(?:man|woman)?|"
                           r"head|deputy|minister|spokes(?:man|woman|person)|of|the)\s+){1,8}?)"
                           # "The Head of State thanked …": "of" and "the" go on with the name, they are no verb
                           r"(?=[a-z])(?!(?:of|the)\s)")
# "According to X, who chaired the commission, …": a relative clause about the speaker is skipped
# (or an apposition with one: "According to X, a lawyer who monitored the vote, …", or a role set off alone:
# "According to X, head of the observer mission, …", "…, a senior lawyer at the firm, …", not a clause: "According to
# X, the draft, …")
# … also after a clause of its own joined by "and"/"but": "The section is short, but in the view of lawyer X, it …"
_ACCORDING = re.compile(r"(?:\bAccording\s+to|\bIn\s+the\s+(?:view|opinion|words)\s+of|[,;]\s*(?:and|but|yet|while)\s*,?\s+"
                        r"(?:according\s+to|in\s+the\s+(?:view|opinion|words)\s+of))\s+(?P<spk>[^,]{2,120}?),\s*"
                        r"(?:(?:(?:a|an)\s+[^,]{0,60}?\b)?(?:who|whose)\s[^,]+,\s*|"
                        # an apposition with no verb of its own: "According to X, a lecturer at a private university, …"
                        r"(?:a|an)\s+(?![^,]*\b(?:was|were|is|are|has|have|had|will|would|can|could|should|may|might|"
                        r"must)\b)"
                        r"[^,]{2,80},\s*|"
                        # or a role set off alone: "According to X, head of the observer mission, …"
                        r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + ROLE_HEADS["en"] + r")\b"
                        r"(?:\s+(?:of|at|for|in)\s+[^,]{1,80})?,\s*)?"
                        r"(?P<c>.+)$", re.S)
# "Voting passed calmly, according to local observers.": the source written after the clause it vouches for
_ACCORDING_AFTER = re.compile(r"^(?P<c>[^“”\"]{12,}?),\s+according\s+to\s+(?P<spk>[^,“”\"]{2,80}?)[.!]?$", re.S)
# "In his view, …", "In her words, …": the pronoun refers back
_IN_HIS_VIEW = re.compile(r"^(?:(?:But|And|Yet)\s+)?In\s+(?P<spk>his|her|their)\s+(?:opinion|view|words|estimation),\s*(?P<c>.+)$", re.S)
# "… were opened by akim Asain Baikhanov, who said the draft had been published …"
_WHO_SAID = re.compile(r"(?P<spk>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:\d{1,3},\s+)?who\s+(?:also\s+)?"
                       r"(?P<verb>said|noted|stressed|added|argued|warned|explained|told\s+\w+)\s+"
                       # where or when, set between the verb and its "that": "who argued in an interview this month that"
                       r"(?:(?:in|on|at|during)\s+[^,“”\"]{1,60}?\s+(?=that\s))?"
                       r"(?:that\s+)?(?P<c>[a-z].+)$", re.S)
# the main verb after a "who said …" clause: ", told The Astana Times that …", ", said that …"
_MAIN_VERB_AFTER_WHO = re.compile(r",\s+(?P<verb>told\s+[^,“”\"]{1,50}?|said|added|noted|stressed|explained)\s+that\s+")
# "As X put it, …", "As X noted, …"
_AS_X = re.compile(r"^As\s+(?P<spk>[^,]{2,100}?)\s+(?P<verb>put\s+it|noted|said|explained|stressed|pointed\s+out|"
                   r"emphasized|emphasised|recalled|observed)(?:\s+(?:in|at|on|during)\s+[^,“”\"]{1,60}?)?,\s*(?P<c>.+)$", re.S)
# "Azimova, who chaired the commission, handed over the draft …, saying that …": the name before the clause
_NAME_WHO = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:who|whose)\s[^,]+,\s+(?=[a-z])")
# the dateline that opens a report is no part of the first clause: "ASTANA – The draft …, X said."
_DATELINE = r"(?:[A-Z]{3,}[A-Z ,.]*\s*[–—-]\s+)?"
# "X, deputy chair of the commission, held a briefing …, saying …": the name before a role set off alone
_NAME_ROLE = re.compile(r"^" + _DATELINE + r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:(?:the|a|an)\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}?(?:" + ROLE_HEADS["en"] + r")\b(?:\s+(?:of|at|for|in)\s+[^,]{1,80})?,"
                        r"\s+(?=[a-z])")
_REVERSE = re.compile(
    r"^" + _DATELINE + r"(?P<c>.{12,}?),\s+(?P<spk>(?:(?:the|its|his|her|their|a|an)\s+)?(?:[a-z-]+\s+){0,3}[A-Z][^,“”]{1,90}?|(?:some\s+|many\s+|local\s+)?(?:officials|experts|analysts|critics|observers|residents|voters|lawmakers|deputies|supporters|opponents)|(?:the|its)\s+(?:commission|court|ministry|committee|council))\s+(?P<verb>said|told(?:\s+(?:reporters|journalists|the\s+\w+))?|added|noted|stressed|reported|announced)\b[^,]*?(?:,\s*\w+ing\b.*)?[.!?]?$",
    re.S,
)
# the name with its apposition after the clause: "…, Erlan Karin, deputy chairman of the commission, told reporters."
_REVERSE_APPOSITION = re.compile(
    r"^" + _DATELINE + r"(?P<c>.{12,}?),\s+(?P<spk>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?:(?:a|an|the|its|his|her)\s+)?[a-z][^,“”\"]{2,90}?,\s+"
    r"(?P<verb>said|told(?:\s+(?:reporters|journalists|the\s+\w+))?|added|noted|stressed)\b[^,“”\"]*?[.!?]?$", re.S)
# a pronoun after a clause with no quotation marks: "The final figures will follow next week, he added."
_REVERSE_PRONOUN = re.compile(r"^(?P<c>[^“”\"]{12,}?),\s+(?P<spk>he|she|they)\s+"
                              r"(?P<verb>said|added|noted|stressed|advised|explained|insisted|warned|suggested)"
                              # … or set in the sentence, which goes on with the reason or a detail: "Start with X, she
                              # advised, because …", "4,000 had arrived, she said, most of them online" (what was said
                              # is the part before: one stretch of text)
                              r"(?:[.!]?$|,\s+(?:because|since|as|but|so|most|many|some|including|mostly)\s)", re.S)
# "He also called for clearer guarantees …": the object is what was said ("Supporters describe the draft as …",
# "She also pointed to the speed of the process: …": the object and what is said of it)
# ("Analyst X sees the vote as …", "X regards the draft as …": how someone sees a thing is his opinion of it)
# (how a person described by an occupation sees a thing: "Political scientist X sees the vote as …"; the occupation is
# a capital word and a lower-case one or two before the name, which the other verbs here do not take)
_CALLED_FOR = re.compile(r"^(?P<spk>He|She|They|(?:[A-Z][a-z-]+\s+(?:[a-z-]+\s+){1,2}(?=[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+"
                         r"(?:also\s+)?(?:sees|saw|regards|regarded|views|viewed)\s))?"
                         r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:also\s+)?"
                         r"(?:(?P<verb>called\s+for|urged|proposed|pointed\s+to)\s+"
                         # an act proposed, by a gerund or "to": "proposed creating a council", "called for holding a
                         # vote", "proposed to rename the chamber" is a proposal (README), not words said
                         # (a noun in "-ing" is a thing asked for: "called for more funding", "urged a hearing")
                         r"(?!(?:(?!(?:\w*thing|meeting|hearing|funding|housing|building|spending|training)\s)"
                         r"[a-z]+ing|to)\s)(?P<c>[a-z][^“”\"]+?)|"
                         r"(?P<describe>describe[sd]?|sees|saw|regards|regarded|views|viewed)\s+"
                         r"(?P<d>(?:the|this|that|these|those|its|his|her|their)\s+[^“”\",]+?"
                         r"\s+as\s+(?:a|an|the)\s+[^“”\"]+?))\.?$")
_THEN_THAT_VERBS = r"said|warned|noted|added|stressed|argued|cautioned|insisted"
# 'X called the plan "a test for all"': what the object was called, in quotes at the sentence's end, is said word for
# word; it opens lowercase or with an article (a title in quotes does not: 'called the law "On Elections"')
_CALLED_QUOTE = re.compile(r"\b(?P<verb>called|calls|described|describes|dubbed|termed)\s+(?!for\b)"
                           r"(?:[\w’'-]+\s+){1,5}?"
                           r"(?:as\s+)?[“\"](?P<q>(?:a|an|the|[a-z])[^“”\"]*?)[,.]?[”\"]"
                           # … or a promise of the same subject after it: 'called it "a test" and promised to …'
                           r"(?:\s*[.!]?$|\s+and\s+(?=(?:also\s+)?(?:promised|pledged|vowed)\s+to\s)|"
                           # … or a clause the same subject reports after it: 'called it "a test" but warned that …'
                           r"(?=\s+(?:and|but)\s+(?:also\s+)?(?:" + _THEN_THAT_VERBS + r")\s+that\s))")
# the clause reported after what the object was called: '… "a test" but warned that …'
_THEN_SAID_THAT = re.compile(r"\s+(?:and|but)\s+(?:also\s+)?(?P<verb>" + _THEN_THAT_VERBS + r")\s+that\s+")
# "X promised to publish the data weekly": what one promises to do is said of oneself, a statement (blind31, blind48)
_PROMISED_TO = re.compile(r"\b(?P<verb>promised|promises|pledged|pledges|vowed|vows)\s+to\s+(?P<c>[a-z][^“”\"]+?)[.!]?$")
# whom a call is made to, then what they are to do: "other schools to follow", "all parties to take part"
_WHOM_TO_ACT = re.compile(r"(?:[\w’'-]+\s+){1,4}?to\s+(?!(?:the|a|an|its|his|her|their|this|that|all|every|each)\b)"
                          r"[a-z]+\b")
# "Its chairman, X, described the vote as calm": how a thing is described, "as" and an adjective or a noun, is the
# speaker's judgement of it, whatever stands before the verb as its subject
_DESCRIBED_AS = re.compile(r"\b(?P<verb>described|describes|describe)\s+"
                           r"(?P<d>(?:the|this|that|these|those|its|his|her|their)\s+[^“”\",]+?\s+as\s+[a-z][^“”\"]+?)\.?$")
_SPEAKER_COLON_QUOTE = re.compile(r"^(?P<spk>[^.!?:“”]{3,120}?):\s*" + _QUOTE)
# a clause opening with a bare noun and a verb soon after ("said turnout exceeded 70 percent")
_BARE_NOUN = re.compile(r"\s+(?!(?:on|in|at|to|for|with|as|by|from|during|after|before|when|while|so|and|but|or|also|"
                        r"then|later|again|earlier|yesterday|today|last|this|that|in)\b)[a-z]+\s+"
                        # "said local taxes for residents would not rise": an adjective, its noun, then a phrase
                        r"(?:(?:among|of|for|in|at)\s+(?:[\w-]+\s+){1,2}|\w+\s+(?:(?:among|of|for|in|at)\s+(?:[\w-]+\s+){1,2})?)?"
                        r"(?:\w+ed|was|were|is|are|has|have|had|would|will|could|should|can|may|might|must|"
                        # irregular pasts and presents a figure or a state takes: "said turnout stood at 74 percent"
                        r"stood|stands|rose|rises|fell|falls|grew|grows|gave|gives|made|makes|remains|kept|keeps|"
                        r"took|takes|came|comes|went|goes|became|becomes|means|meant|needs|shows|showed|exceeds)\b")
# a clause whose subject opens with a possessive: "says her pupils ask about …", "said his team had finished": the noun
# (one or two words), then a finite verb (a plural noun may take a bare present: "pupils ask")
_NOT_VERB = r"(?:to|for|of|and|or|but|in|on|at|with|from|as|by|about|that|this|the|a|an|who|which)\b"
_POSSESSIVE_SUBJECT = re.compile(r"\s+(?:his|her|their|our|my|its)\s+(?!" + _NOT_VERB + r")(?:[a-z-]+\s+)?"
                                 r"(?:[a-z-]+s\s+(?!" + _NOT_VERB + r")[a-z]+\b|[a-z-]+\s+(?:\w+ed|was|were|is|are|has|"
                                 r"have|had|would|will|could|should|can|may|might|must|\w+s)\b)")
# whom he told by a pronoun, then a clause without "that": "told them the district would meet again" (a clause: a
# finite verb within a few words; "told them the truth" has none)
_TOLD_PRONOUN = re.compile(r"told\s+(?:them|him|her|us|me)\s+(?=(?:the|a|an|this|these|those|it|its|they|he|she|we|"
                           r"there|every|each|all|most|some|no|more)\s+(?:[\w’'-]+\s+){0,5}?(?:\w+ed|was|were|is|are|"
                           r"has|have|had|would|will|could|should|can|may|might|must)\b)")
_CLAUSE_START = re.compile(r"^(?:the|a|an|this|these|those|it|its|they|he|she|we|there|every|each|all|most|some|"
                           r"no|more|about|over|nearly|almost)\b|^[0-9]", re.I)  # whole words: "Azimova" is no "a"


def find(text: str, sentences: list[Span]) -> list[Candidate]:
    found: list[Candidate] = []
    previous: Span | None = None
    for sentence in sentences:
        base, body = sentence.start, sentence.text
        direct = _direct(text, base, body)
        if not direct and previous is not None and found and found[-1].end <= sentence.start and (
                found[-1].kind == "direct" and previous.paragraph == sentence.paragraph or (
                    previous.paragraph + 1 == sentence.paragraph and found[-1].start >= previous.start
                    and _paragraph_is(sentences, sentence)
                    and (found[-1].kind == "direct" or previous.end - found[-1].end <= 3))):
            # a quote standing alone right after a quoted speaker goes on in the same voice, also as a paragraph of
            # its own after the paragraph that named the speaker, or that ended with what the speaker said
            # ("… she argued that the post was underrated. / “People talk a lot about the Kurultai …”")
            m = re.match(r"^" + _QUOTE + r"$", body)
            if not m and _last_of_paragraph(sentences, sentence):
                # '"A," she said. "B. / "C."': a quote left open at the paragraph's end goes on in the next paragraph,
                # which opens with a quote mark again
                m = re.match(r"^[“\"](?P<q>[^“”\"]+)$", body)
            if m:
                s, e = trim(text, base + m.start("q"), base + m.end("q"))
                direct = [Candidate(s, e, "direct", found[-1].verb, base, base, "continued_quote", pronoun="continued")]
        if direct and previous is not None and previous.paragraph == sentence.paragraph:
            direct = [_asked_someone(text, previous, c) for c in direct]
        previous = sentence
        if direct:
            found.extend(direct)
            continue
        found.extend(_indirect(text, base, body))
    return _quotes_over_paragraphs(text, sentences, found)


def _quotes_over_paragraphs(text: str, sentences: list[Span], found: list[Candidate]) -> list[Candidate]:
    """'"First paragraph. / "Second paragraph," she said.': a paragraph opened by a quote mark and left open goes on
    in the next one, which closes it; each paragraph is found as the words of the speaker named at the close, for
    statements.py to join them into one statement (the custom reopens one quote, it does not start a new one)."""
    starts = {}
    for sentence in sentences:
        starts.setdefault(sentence.paragraph, sentence)
    out = list(found)
    for i, candidate in enumerate(out):
        if candidate.kind != "direct":
            continue
        opening = next((s for s in sentences if s.start <= candidate.start - 1 < s.end), None)
        if opening is None or starts.get(opening.paragraph) is not opening or text[opening.start] not in "“\"":
            continue
        before = [s for s in sentences if s.paragraph == opening.paragraph - 1]
        if not before or text[before[0].start] not in "“\"":
            continue
        paragraph = text[before[0].start: before[-1].end]
        if any(ch in paragraph[1:] for ch in "”\"") or any(c.start < before[-1].end and before[0].start < c.end for c in out):
            continue
        s, e = trim(text, before[0].start + 1, before[-1].end)
        out.append(replace(candidate, start=s, end=e))
    return sorted(out, key=lambda c: (c.start, c.end))


# a person the writer asked, by what he is and where, not by name: "I asked a teacher in a village school what …"
_ASKED_SOMEONE = re.compile(r"\b(?:I|We)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|met)\s+"
                            r"(?P<who>(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + ROLE_HEADS["en"] + r")"
                            r"(?:\s+(?:in|from|at|of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?)"
                            r"(?=\s+(?:what|whether|how|why|about|if|who|when|where)\b|[.,:;])")


def _asked_someone(text: str, previous: Span, candidate: Candidate) -> Candidate:
    """'I asked a deputy in a rural district what had changed. "Little," she told me.': the pronoun is the person
    asked in the sentence before, unnamed."""
    if text[candidate.speaker_start:candidate.speaker_end].lower() not in ("he", "she"):
        return candidate
    m = _ASKED_SOMEONE.search(previous.text)
    if not m:
        return candidate
    return replace(candidate, speaker_start=previous.start + m.start("who"), speaker_end=previous.start + m.end("who"),
                   pronoun="")


def _last_of_paragraph(sentences: list[Span], sentence: Span) -> bool:
    return not any(s.paragraph == sentence.paragraph and s.start > sentence.start for s in sentences)


def _paragraph_is(sentences: list[Span], sentence: Span) -> bool:
    return sum(1 for s in sentences if s.paragraph == sentence.paragraph) == 1


# a role written lowercase before the name: '"…," political analyst Yerbol Kassymov said'
_ROLE_THEN_NAME = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:" + ROLE_HEADS["en"] + r")\s+[A-Z]")
# who the speaker is, then the name set off: '"…," a senator from the south, Arman Seitov, said'
_DESCRIBED_THEN_NAME = re.compile(r"\s*(?:a|an)\s+[^,“”\"]{2,60},\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},\s+")
# a ballot question is asked, not said: 'Voters were asked a single question: "…?"'
_ASKED = re.compile(r"\b(?:asked|question|ballot)\b", re.I)


def _direct(text: str, base: int, body: str) -> list[Candidate]:
    out = []
    for m in _QUOTE_THEN.finditer(body):
        rest = m.group("rest")
        if out and not rest.strip() and re.search(r",\s*$", body[:m.start()]) and out[-1].end < base + m.start():
            # '"The first part is done," Karin said, "but the second is harder."': the same voice goes on
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            previous = out[-1]
            out.append(Candidate(s, e, "direct", previous.verb, previous.speaker_start, previous.speaker_end,
                                 "split_quote"))
            continue
        if not rest.strip().startswith(("said", "the", "he", "she", "they")) and not re.match(r"\s*[A-Z]", rest) \
                and not _QUOTE_VERB_RE.match(rest.strip()) and not _ROLE_THEN_NAME.match(rest) \
                and not _DESCRIBED_THEN_NAME.match(rest):
            continue
        v = _QUOTE_VERB_RE.search(rest)
        if not v:
            continue
        rest_base = base + m.start("rest")
        before = rest[: v.start()].strip()
        if before:
            ss, se = trim(text, rest_base, rest_base + v.start())
        else:
            after = re.match(r"\s*([^,;]+?)(?=\s+(?:at|in|on|to|during|after|before|when|while)\b|[,;]|$)", rest[v.end():])
            if not after or re.match(r"(?:that|the|a|an)\b", after.group(1)):
                # '… group “Ashyq Dauys,” noted that many voters …': the verb reports a clause, the quote is a name
                continue
            ss, se = trim(text, rest_base + v.end() + after.start(1), rest_base + v.end() + after.end(1))
        s, e = trim(text, base + m.start("q"), base + m.end("q"))
        out.append(Candidate(s, e, "direct", v.group("verb"), ss, se, "quote_then_verb"))
        after = m.end("q") + 1
        adding = re.search(r",\s+(?:adding|saying|noting|arguing|stressing|warning)\s+(?:that\s+)?", body[after:])
        if adding and not re.search(r"[“\"]", body[after:after + adding.start()]):
            # '"We are ready," she said, adding that all stations would open at 7 a.m.'
            a, b = trim(text, base + after + adding.end(), base + len(body))
            out.append(Candidate(a, b, "indirect", "added", ss, se, "saying"))
    if not out:
        m = _SAID_COMMA_QUOTE.search(body)
        subject = _subject_before(body, m.start("verb")) if m else None
        if subject is not None:
            # 'It is, he said, "a test for all of us."': the verb, a comma, then the quote that ends the sentence
            return [_quote_of_subject(text, base, body, m, subject, "quote_then_verb")]
        m = _SPEAKER_COLON_QUOTE.match(body)
        said = _SAID_BEFORE_COLON.search(m.group("spk")) if m else None
        subject = _subject_before(m.group("spk"), said.start("verb")) if said else None
        # a clause on the speaker set off by commas is no ballot ("X, with whom I discussed the question, put it …")
        asked = _ASKED.search(_WHO_CLAUSE.sub(",", m.group("spk"))) if m else None
        if m and subject is not None and not asked:
            # 'A village teacher in Zhambyl region, Gulnar Seitkali, put it simply: "…"': the subject of the verb
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            ss, se = trim(text, base + m.start("spk") + subject[0], base + m.start("spk") + subject[1])
            out.append(Candidate(s, e, "direct", said.group("verb"), ss, se, "speaker_colon_quote"))
        elif m and len(m.group("spk").split()) <= 6 and not (_ASKED.search(m.group("spk")) and m.group("q").rstrip().endswith("?")):
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            out.append(Candidate(s, e, "direct", "", ss, se, "speaker_colon_quote"))
    return out


_SAID_COMMA_QUOTE = re.compile(r"\s(?P<verb>said|says|added|adds|noted|stressed|argued|argues|explained|replied|wrote),\s*"
                               r"[“\"](?P<q>[^“”\"]+)[”\"]\s*[.!]?$")
# a clause with the speaker and his verb set in it, no quotation marks: "The new rules, he said, will take a year."
# (after a colon that opens what a named person thinks: "X disagreed: the plan, he argued, is too slow")
_INSERTED_SAID = re.compile(r"^(?:[^:“”\"]+:\s+)?(?P<c>[^,:“”\"]{3,80},\s+(?P<spk>he|she|they|"
                            # … or by name or role: "The rules, Seitov said, will …", "…, the minister said, …"
                            r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+"
                            r"(?P<verb>said|says|argued|argues|added|noted|stressed|insisted|warned|explained|believes),\s+"
                            # the clause goes on with its verb; a reason or a detail after a whole clause is no part
                            # of it ("4,000 had arrived, she said, most of them online": _REVERSE_PRONOUN)
                            # (how it was said, set off too, is no clause: "…, she said, smiling, that …")
                            r"(?!(?:because|since|as|but|so|most|many|some|including|mostly|that)\s|[a-z]+ing,)"
                            r"[a-z][^“”\"]+?)[.!]?$",
                            re.S)
_WHO_CLAUSE = re.compile(r",\s*(?:(?:with|to|from|for|of|by|about)\s+)?(?:who|whom|whose|which)\b[^,]*,")
# the verb of speech before the colon of a quote: "X put it simply:", "X said:", "X told reporters:"
_SAID_BEFORE_COLON = re.compile(r"\s(?:(?:also|then|later)\s+)?(?P<verb>put\s+it\s+(?:to\s+(?:me|us)\s+)?(?:simply|"
                                r"bluntly|plainly|briefly|this\s+way|another\s+way|differently)|said|says|added|adds|"
                                r"explained|explains|noted|notes|stressed|stresses|recalled|summed\s+(?:it\s+)?up|"
                                # to the writer of an op-ed: "X told me: …"
                                r"told\s+(?:me|us|reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))"
                                # when or where it was said: "put it bluntly when we spoke last week:", "… over dinner:"
                                r"(?:\s+(?:when|as|after|during|at|in|over)\s+[^,:“”\"]{1,40}?)?\s*$")


def _indirect(text: str, base: int, body: str) -> list[Candidate]:
    m = _IN_HIS_VIEW.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        return [Candidate(s, e, "indirect", "in " + m.group("spk") + " view", base + m.start("spk"),
                          base + m.end("spk"), "according_to", pronoun=m.group("spk").lower())]
    m = _GROUP_ASKS.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        return [Candidate(s, e, "indirect", m.group("verb"), ss, se, "verb_that")]
    m = _ACCORDING.search(body) or _AS_X.match(body) or _ACCORDING_AFTER.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        kind = "indirect"
        whole = re.fullmatch(r"[“\"]([^“”\"]+?)[.,]?[”\"]\.?", text[s:e])
        if whole:  # 'As X put it in his address, "The model has served its purpose."': the quote alone, direct
            s, e, kind = s + whole.start(1), s + whole.end(1), "direct"
        return [Candidate(s, e, kind, m.groupdict().get("verb") or "according to", ss, se, "according_to")]
    m = _WHO_SAID.search(body)
    if m:
        speaker = (m.start("spk"), m.end("spk"))
        main = _MAIN_VERB_AFTER_WHO.search(body, m.start("c"))
        if main:
            # "X, who said it was her first vote, told reporters that …": the relative clause, then the main one
            return (_clauses(text, base, body[: main.start()], m.start("c"), m.group("verb"), speaker, "saying")
                    + _clauses(text, base, body, main.end(), main.group("verb"), speaker, "verb_that"))
        return _clauses(text, base, body, m.start("c"), m.group("verb"), speaker, "saying")
    m = _INSERTED_SAID.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        spk = m.group("spk")
        return [Candidate(s, e, "indirect", m.group("verb"), base + m.start("spk"), base + m.end("spk"), "inserted",
                          pronoun=spk if spk in ("he", "she", "they") else "")]
    for v in _VERB_RE.finditer(body):
        verb = v.group("verb")
        if verb.split()[0] in ("informed", "told") and re.search(r"\b(?:was|were|been|be|is|are)\s+(?:also\s+)?$",
                                                                body[: v.start()]):
            continue  # "He was informed that …", "The President was also told that …": told, not telling
        if _NEGATED.search(body, 0, v.start()):
            continue  # "did not say who would draft it": nothing said
        if re.match(r"(?:say|says|said)\s+(?:no|yes)\b(?!\s+(?:one|longer|more|doubt|decision)"
                    # "said no violations had been recorded": "no" opens the clause's subject, not a vote
                    # (its noun may take words after it: "said no violations capable of affecting it had been …")
                    r"|(?:\s+[a-z]+){1,6}?\s+(?:had|has|have|was|were|is|are|would|will|could|can)\b)", body[v.start():]):
            continue  # "898,099 voters said no": a vote cast, not words
        after = body[v.end():]
        # "noted, however, that …": a word set off between the verb and its clause
        that = re.match(r"(?:,\s*(?:however|though|too|also|in\s+turn|for\s+(?:his|her|their|its)\s+part)\s*,)?"
                        r"\s+(?:(?:repeatedly|publicly|earlier|again|also|previously|recently|only|more\s+than\s+once|"
                        # when he spoke, set between: "said afterwards that", "told reporters later that"
                        r"afterwards|afterward|later|then|"
                        # … or on which day: "said this week that", "said yesterday that"
                        r"(?:this|last)\s+(?:week|month|morning|afternoon|evening|weekend)|yesterday|today|"
                        r"many\s+times|several\s+times|on\s+several\s+occasions|time\s+and\s+again)\s+)?"
                        r"(?:(?:in|on|at|during|after|to|via)\s+[^,“”\"]{1,40}?\s+)?that\s+", after)
        if not that and verb.startswith(("told", "informed")):
            # "told a news conference in Astana that …", "told colleagues that …": whom he told, then the clause
            # (after the verb's own object, whose body: "told the leaders of the Commission on Friday that …")
            that = re.match(r"\s+(?:(?:a|an|the|his|her|their|its)\s+[^,“”\"]{1,50}?|[a-z]+|of\s+[^,“”\"]{1,60}?)"
                            r"\s+that\s+", after)
        told = None
        if not that and verb.startswith("told"):
            # an outlet by a name the verb's own words do not take whole: "told RFE/RL's Kazakh Service that …"
            told = re.match(r"told\s+[A-Z][^,“”\"]{1,50}?\s+that\s+", body[v.start():])
        if not that and not told and verb == "told":
            told = _TOLD_PRONOUN.match(body[v.start():])
        if told:
            c_start = v.start() + told.end()
        elif that and _THAT_VERBS.match(verb):
            c_start = v.end() + that.end()
        elif _BARE_CLAUSE_VERBS.match(verb) and (_CLAUSE_START.match(after.strip()) or _BARE_NOUN.match(after)
                                                 or _POSSESSIVE_SUBJECT.match(after)) \
                and not re.match(r"\s+(?:on|in|at)\b", after):
            c_start = v.end() + (len(after) - len(after.lstrip()))
        else:
            continue
        if _PROPOSED_FIRST.match(verb) and _MANDATIVE.match(body, c_start):
            # "X suggested that the reform be decided by a referendum": a proposal of an act, in the mandative, is no
            # statement (README, "Not statements either")
            continue
        subject = _subject_before(body, v.start())
        lead = _LEADING_NAME.match(body)
        if lead and lead.end("name") < v.start() and (
                re.search(r",[^,]*\sand\s*$|,\s*(?:but|and|yet)\s+(?:also\s+)?$", body[: v.start()])
                # "X thanked the deputies of both chambers and said …": no comma, the first verb right after the name
                or (re.search(r"\sand\s*$", body[: v.start()]) and "," not in body[: v.start()]
                    and re.match(r"(?:also\s+)?[a-z]+ed\s", body[lead.end("name"):]))):
            # "Tokayev thanked the commissions, observers and volunteers and stressed that …": the second of two
            # verbs of the sentence's subject, not a list ending in "and"
            subject = (lead.start("name"), lead.start("name") + len(lead.group("name").rstrip()))
            if _PROPOSED_FIRST.match(body, lead.end("name")) and _MANDATIVE.match(body, c_start):
                # "X proposed a single chamber and suggested that the question be put to a referendum": the second
                # verb spells out the proposal of the first, in the mandative; no claim of its own (blind16, blind17)
                continue
        second = _SECOND_VERB_AFTER_APPOSITION.match(body[: v.start()])
        if second:
            # "X, a lawyer from Almaty, welcomed the draft but warned that …": the name and its apposition are the
            # subject of both verbs
            subject = (second.start("name"), second.end("name"))
            if _PROPOSED_FIRST.match(body, second.start("first")) and _MANDATIVE.match(body, c_start):
                continue
            called = _CALLED_QUOTE.match(body, second.start("first"))
            if called and called.end() <= v.start():
                # '… called the plan "a test" but warned that …': what he called it is said word for word too
                return ([_quote_of_subject(text, base, body, called, subject, "called_for")]
                        + _clauses(text, base, body, c_start, verb, subject, "verb_that"))
        if subject is None:
            continue
        other = _OTHERS_SAY.search(body, c_start)
        if other:
            # "Critics argue that …, while officials say …": the second group's words end the first's
            return (_clauses(text, base, body[: other.start()], c_start, verb, subject, "verb_that")
                    + _clauses(text, base, body, other.end(), other.group("verb"),
                               (other.start("spk"), other.end("spk")), "verb_that"))
        return _clauses(text, base, body, c_start, verb, subject, "verb_that")
    m = _REVERSE_PRONOUN.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        return [Candidate(s, e, "indirect", m.group("verb"), base + m.start("spk"), base + m.end("spk"), "reverse",
                          pronoun=m.group("spk"))]
    m = _REVERSE_APPOSITION.match(body) or _REVERSE.match(body)
    if m and len(m.group("spk").split()) <= 8:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        out = [Candidate(s, e, "indirect", m.group("verb").split()[0], ss, se, "reverse")]
        adding = _NEXT_CLAUSE.search(body, m.end("verb"))
        if adding:
            out.extend(_clauses(text, base, body, adding.end(), "added", (ss - base, se - base), "reverse"))
        return out
    m = _CALLED_QUOTE.search(body)
    subject = _subject_before(body, m.start("verb")) if m else None
    if subject is not None:
        promised = _PROMISED_TO.search(body, m.end())
        said = _THEN_SAID_THAT.match(body, m.end())
        return [_quote_of_subject(text, base, body, m, subject, "called_for")] + (
            [_promise(text, base, promised, subject)] if promised else []) + (
            _clauses(text, base, body, said.end(), said.group("verb"), subject[:2], "verb_that") if said else [])
    m = _CALLED_FOR.match(body)
    if m and (m.group("verb") or "").startswith("pointed") and ":" not in m.group("c"):
        m = None  # "X pointed to the office of vice-president.": a topic only, no words said of it (README)
    if m and re.match(r"(?:urged|called\s+for)$", m.group("verb") or "") and _WHOM_TO_ACT.match(m.group("c")):
        m = None  # "X urged other schools to do the same": whom he calls on to act, a call (README)
    if m:
        said = "d" if m.group("describe") else "c"
        s, e = trim(text, base + m.start(said), base + m.end(said))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").lower()
        return [Candidate(s, e, "indirect", m.group("verb") or m.group("describe"), ss, se, "called_for",
                          pronoun=spk if spk in ("he", "she", "they") else "")]
    m = _DESCRIBED_AS.search(body)
    subject = _subject_before(body, m.start("verb")) if m else None
    if subject is not None:
        s, e = trim(text, base + m.start("d"), base + m.end("d"))
        return [Candidate(s, e, "indirect", m.group("verb"), base + subject[0], base + subject[1], "called_for")]
    m = _PROMISED_TO.search(body)
    subject = _subject_before(body, m.start("verb")) if m else None
    if subject is not None:
        return [_promise(text, base, m, subject)]
    m = _SAYING.search(body)
    lead = _LEADING_NAME.match(body) or _NAME_WHO.match(body) or _NAME_ROLE.match(body)
    if m and lead and (not _CLAUSE_START.match(lead.group("name")) or _BODY_NAMED.match(lead.group("name"))):
        return _clauses(text, base, body, m.start("c"), m.group("verb"),
                        (lead.start("name"), lead.start("name") + len(lead.group("name").rstrip())), "saying")
    return []


# a body by its capitalised name after "the": "On Monday, the Central Election Commission released results, saying …"
_BODY_NAMED = re.compile(r"^the\s+(?:[A-Z][\w’'-]*\s+)*(?:Commission|Court|Ministry|Office|Committee|Council|Government|"
                         r"Administration|Akimat|Agency)\s*$")


def _promise(text: str, base: int, m: re.Match, subject: tuple[int, int]) -> Candidate:
    s, e = trim(text, base + m.start("c"), base + m.end("c"))
    return Candidate(s, e, "indirect", m.group("verb"), base + subject[0], base + subject[1], "verb_that")


# a group's doubt put as a question: "Skeptics ask whether one round of hearings is enough" (the question with its
# "whether"); one person asking ("A reporter asked whether …") puts a question to someone, and says nothing
_GROUP_ASKS = re.compile(rf"^(?P<spk>(?:(?:Some|Many|Other|Most|Local|Foreign)\s+)?(?i:{COLLECTIVE_HEADS['en']}))\s+"
                         r"(?:also\s+|still\s+)?"
                         r"(?P<verb>ask|asks|asked|wonder|wonders|wondered|question|questions|questioned)\s+"
                         r"(?P<c>(?:whether|if)\s.+?)[.?]?$", re.S)


_NEGATED = re.compile(r"\b(?:not|never|n[’']t|declined\s+to|refused\s+to)\s+$", re.I)


_OTHERS_SAY = re.compile(rf",\s+(?:while|whereas|but)\s+(?P<spk>(?:[\w-]+\s+){{0,2}}?(?:{COLLECTIVE_HEADS['en']}|he|she|they))"
                         r"\s+(?P<verb>say|says|said|argue|argues|argued|insist|insists|insisted|believe|believes|"
                         r"note|notes|noted|counter|counters|countered|reply|replies|replied)\s+(?:that\s+)?", re.I)


# the name, an apposition set off by commas, a first verb of its own, then "and"/"but" before the verb of speech
_SECOND_VERB_AFTER_APPOSITION = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:a|an|the|who|whose)\s+[^,“”\"]+,\s+"
                                           # (the first act may name something in quotes: 'called it "a test" but')
                                           r"(?P<first>(?:also\s+)?[a-z]+ed\s(?:[^,“”\"]|[“\"][^“”\"]*[”\"])*?),?\s(?:and|but)\s+"
                                           r"(?:also\s+)?$")
# the subject's first act a proposal: "X proposed …", "X also called for …"
_PROPOSED_FIRST = re.compile(r"(?:also\s+)?(?:proposed|suggested|called\s+for|urged|recommended)\b")
# a clause in the mandative subjunctive: its subject, then a bare "be" no modal or "to" stands before
_MANDATIVE = re.compile(r"(?:(?!(?:will|would|could|should|may|might|must|can|cannot|to|not|never)\b)[\w’'-]+\s+)"
                        r"{1,8}?be\b")

# the narrator's "as" clause after what was said, telling when it was said: "…, as the discussion entered its
# second week"
_AS_CLAUSE = re.compile(r",\s+as\s+(?!well\b|much\b|many\b|long\b|soon\b|far\b|a\s+result\b|opposed\b|such\b)"
                        r"(?:the|a|an|this|these|those|his|her|its|their|it|they)\s+[^,]*?"
                        # a stage of what is going on reached: the time of the telling, not a reason given
                        r"\b(?:entered|began|started|opened|drew\s+to|got\s+under\s+way|reached|approached|neared|"
                        r"moved\s+into|passed\s+(?:its|the)|wound\s+down|came\s+to\s+an\s+end)\b")


# a second subject, a body by its name, that points to something of its own: "Officials argue that …, and the
# Election Commission has pointed to …" (the narrator adds the body's act; no part of what the first subject argues)
_OTHER_BODY_POINTS = re.compile(r",\s+and\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                                r"(?:(?:pointed|referred)\s+to|cited)\b")


# the report's source tag closing the sentence, no part of what was said: "…, the commission's press service reported"
_SOURCE_TAG = re.compile(r",\s+(?:(?:the|a|an|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:press\s+service|correspondent|news\s+agency)"
                         r"\s+(?:reported|reports|said|says|announced|added)\s*[.!]?$", re.I)


def _clauses(text: str, base: int, body: str, start: int, verb: str, subject, pattern: str) -> list[Candidate]:
    """The reported clause, ended where the same subject goes on to report another ('…," and said …')."""
    out = []
    while True:
        nxt = _NEXT_CLAUSE.search(body, start)
        end = nxt.start() if nxt else len(body)
        act = _NEXT_ACT.search(body, start, end) or _AS_CLAUSE.search(body, start, end) \
            or _SOURCE_TAG.search(body, start, end) or _OTHER_BODY_POINTS.search(body, start, end)
        end = act.start() if act else end
        s, e = trim(text, base + start, base + end)
        if e > s:
            case = subject[2] if len(subject) > 2 else "nomn"
            out.append(Candidate(s, e, "indirect", verb, base + subject[0], base + subject[1], pattern, case=case))
        if not nxt:
            return out
        start = nxt.end()


_SUBJECT_TAIL = re.compile(r"(?:\s+(?:also|further|then|later|again|have|has|had|will|would|could|should|may|might|must|"
                           r"did|do|does|previously|already|repeatedly|recently|earlier|now|often|publicly|openly|"
                           r"long|once|first|themselves|himself|herself))+$")


# a long title in capitals before the name: "Chairperson of the Commission and of the Constitutional Court Elvira Azimova"
_TITLE_THEN_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on))*?\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


# a group described by a relative clause: "Members of Parliament who spoke to reporters after the session"
_GROUP_WHO = re.compile(rf"^(?:[\w-]+\s+){{0,3}}?(?:{COLLECTIVE_HEADS['en']})(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+(?:who|[a-z]+ed\s+by)\s", re.I)


_PARENTHETICAL = re.compile(r",\s*(?:however|though|in\s+turn|meanwhile|for\s+(?:their|his|her|its)\s+part|too|also|in\s+particular|"
                            r"in\s+contrast|on\s+the\s+other\s+hand|"
                            # one of a view named before: "X, for one, insists that …"
                            r"for\s+one)\s*,\s*$", re.I)


# a conjunction and the day before the subject of a clause: "and on Monday", "but later", "On Sunday"
_JOINED_WHEN = re.compile(r"\s*(?:(?:and|but|while|yet)\s+)?(?:(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)|yesterday|today|later|earlier|then)\s+(?=(?:the|its|a)\s|[A-Z])",
                          re.I)


def _subject_before(body: str, verb_at: int) -> tuple[int, int] | None:
    # a comma inside closing quotes ('the civic group “Ashyq Dauys,” noted') closes the apposition as one after them
    head = re.sub(r",([”\"])", r"\1,", body[:verb_at])
    head = re.sub(r"(?<=\d),(?=\d{3})", " ", head)  # "898,099 voters": a thousands separator, not a clause's comma
    aside = _PARENTHETICAL.search(head)
    if aside:  # "Critics, however, say that …": the words set off by commas are no part of the subject
        head = head[:aside.start()] + " " * (len(head) - aside.start())
    start = head.rfind(",") + 1
    if start > 0 and not _SUBJECT_TAIL.sub("", " " + head[start:].rstrip()).strip():
        # "Erlan Karin, the commission's deputy chair, has stressed that": an auxiliary alone after the apposition
        head = head[:start] + " " * (len(head) - start)
    if not head[start:].strip() and start > 0:
        # an apposition between commas ("Daniyar Seitkali, a political analyst, believes"): the name before it
        appositive_start = head.rfind(",", 0, start - 1) + 1
        between = head[appositive_start:start - 1]
        if re.fullmatch(r"\s*(?:[A-Z][\w’'-]+\s?){1,3}", between) and appositive_start > 0:
            # "A 28-year-old IT specialist who gave only her first name, Madina, said": the name is the subject
            s = appositive_start + (len(between) - len(between.lstrip()))
            return s, s + len(between.strip()), "name"
        if re.fullmatch(r"\s*(?:[A-Z][\w’'-]+\s){2,6}[A-Z][\w’'-]+\s*", between) and appositive_start > 0:
            # "Its chair, Constitutional Court President Elvira Azimova, told": a title in capitals, then the name
            s = appositive_start + (len(between) - len(between.lstrip()))
            return s, s + len(between.strip())
        # (a place joined to the role: "Another observer, Almaty-based lawyer X, said")
        # (not a body the speaker is of: "X, of the civic group Y, said" is X's)
        named = re.fullmatch(r"\s*(?!(?:of|from|at|with|for|in)\s)(?:(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,3}(?!(?:of|the|a|an|at|in|on|for|to|from|with|and)\s)[a-z][\w-]*\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2})\s*", between)
        if named and appositive_start > 0:
            # "Another voter, university student Yerlan Dauletov, said": the name inside the apposition, after its role
            return appositive_start + named.start("name"), appositive_start + named.end("name")
        # … or a participle of how they spoke: "Western diplomats, speaking on condition of anonymity, said"
        # (or "also a member of the group", "elected from Mangystau region": a participle of where he comes from)
        # (or "whom I asked about it": a clause on the speaker in the object case; "41": the speaker's age)
        # (or "with whom I discussed it": the same clause after its preposition)
        # (or "one of the authors of the bill": one of a group the speaker belongs to)
        if (re.match(r"\s*(?:(?:also|himself|herself|itself)\s+)?(?:a|an|the|who|whom|whose|which|one\s+of|"
                     r"(?:with|to|from|for|of|by|about)\s+(?:whom|which)|"
                     # the body the speaker comes from: "X, from a regional youth association, said"
                     r"(?:from|of)\s+(?:a|an|the)|"
                     r"[a-z]+ed\s+(?:by|from|in|for|to|at|as)|speaking|writing|commenting|"
                     # whom the speaker stands for: "X, representing an association of lawyers, noted"
                     r"(?:representing|heading|leading|chairing)\s+(?:a|an|the|his|her|its|their)|"
                     # the role a body speaks in: "The Election Commission, acting as the referendum commission,"
                     r"acting\s+as|serving\s+as|"
                     # the source of the report, set off after the speaker: "X, according to his office, stressed"
                     r"according\s+to|"
                     # where a group spoke, set off: "Observers, in a statement released on Monday, said"
                     r"in\s+(?:a|an|the|their|its|his|her)\s+(?:joint\s+|written\s+)?(?:statement|letter|interview|"
                     r"report|post))\s", between)
                or re.fullmatch(r"\s*\d{1,3}\s*", between)
                # (a title in capitals too: "X, Chairperson of the Court who leads the commission, said")
                or re.fullmatch(r"\s*(?:[Dd]eputy\s+)?(?:[Cc]hair(?:man|woman|person)?|[Hh]ead|[Mm]ember|[Ss]pokes\w+|"
                                r"[Dd]irector|[Ss]ecretary)"
                                r"(?:\s+(?:[\w’'-]+|[“\"][^”\"]{1,40}[”\"])){0,10}\s*", between)) \
                and appositive_start > 0:
            end = appositive_start - 1
            begin = head.rfind(",", 0, end) + 1
            chunk = head[begin:end]
            stripped = chunk.strip()
            if stripped and _subject_words(stripped) <= 8:
                s = begin + (len(chunk) - len(chunk.lstrip()))
                return s, s + len(stripped)
        return None
    chunk = head[start:]
    lead = _JOINED_WHEN.match(chunk)
    if lead:  # "…, and on Monday the commission reported that …": the joined clause's subject follows the day
        start, chunk = start + lead.end(), chunk[lead.end():]
    stripped = chunk.strip()
    if not stripped or _subject_words(stripped) > (20 if _GROUP_WHO.match(stripped) or _TITLE_THEN_NAME.fullmatch(stripped)
                                                   else 8):
        return None  # a group is often told by what its members did ("Observers who visited stations in … noted")
    s = start + (len(chunk) - len(chunk.lstrip()))
    # adverbs and auxiliaries are no part of the speaker: "Officials have stressed", "He has also said"
    stripped = _SUBJECT_TAIL.sub("", stripped)
    return s, s + len(stripped)


# a body's name in capitals, joined by "of", "and", "for": "the Ministry of National Economy"
_BODY_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*)+")


def _subject_words(subject: str) -> int:
    """How long a subject is, a body's name counted as one word: "A senior official at the Ministry of National
    Economy" is as long as "A senior official at the ministry"."""
    return len(_BODY_NAME.sub("X", subject).split())


def _quote_of_subject(text: str, base: int, body: str, m: re.Match, subject: tuple[int, int], how: str) -> Candidate:
    """The quote `q` of a match, said by the subject found before its verb (a pronoun kept as such)."""
    s, e = trim(text, base + m.start("q"), base + m.end("q"))
    spk = body[subject[0]:subject[1]].lower()
    return Candidate(s, e, "direct", m.group("verb"), base + subject[0], base + subject[1], how,
                     pronoun=spk if spk in ("he", "she", "they") else "")
