"""Layouts written after the extractor was tuned, and never tuned on: the held-out part of the labelled set.

Drupal, 1C-Bitrix (with a data table in the text), Tilda, Joomla, a Medium-like blog, a print version, a short
report under a long discussion, and a live blog. Their figures are reported apart from the development pages.
"""
from __future__ import annotations

from layouts import (AUTHORS, COMMENTS, COOKIE, FOOTER, LABELS, LEADS, MENU, TEASERS, analytics, decorate, esc,
                     human_date, inline_css, iso_local, is_subhead, local_dt, menu, slug, teaser_links)

LIVE_ENTRIES = [
    ("08:00", "Участки для голосования открылись по всей стране. Первыми проголосовали жители восточных регионов."),
    ("10:00", "По данным ЦИК, к десяти часам утра проголосовали около 15 процентов избирателей."),
    ("12:30", "В Астане на нескольких участках выстроились очереди: многие пришли семьями."),
    ("14:00", "Явка к двум часам дня превысила 40 процентов, сообщили в избирательной комиссии."),
    ("17:45", "Наблюдатели от партий отмечают, что голосование проходит спокойно, жалоб немного."),
    ("20:00", "Участки закрылись. Начался подсчёт голосов, предварительные итоги ЦИК обещает объявить завтра утром."),
]
LIVE_ARTICLE = dict(id="ru-referendum-live", lang="ru", local="2026-03-15T08:00",
                    title="Референдум по новой Конституции: онлайн-трансляция",
                    paras=[text for _, text in LIVE_ENTRIES])


def drupal(article, rng, host, site):
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/node/{rng.randrange(10000, 99999)}"
    body = "\n".join(f"<p>{decorate(p, rng, host)}</p>" for p in article["paras"])
    more = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{i}">{esc(t)}</a></span></div>'
                   f'<div class="views-field views-field-body"><div class="field-content">{esc(rng.choice(LEADS[lang]))} {esc(rng.choice(LEADS[lang]))}</div></div></div>'
                   for i, t in enumerate(rng.sample(TEASERS[lang], 5)))
    page = f"""<!DOCTYPE html><html lang="{lang}" dir="ltr"><head><meta charset="utf-8"><title>{esc(article["title"])} | {esc(site)}</title>
<meta name="Generator" content="Drupal 10"><link rel="canonical" href="{url}"><meta property="og:title" content="{esc(article["title"])}">
<meta property="article:published_time" content="{iso_local(article)}">{inline_css(rng, 6)}</head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-site-branding"><a href="/">{esc(site)}</a></div></div>
<div class="region region-primary-menu">{menu(lang, host, "menu menu--main")}</div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(article["title"])}</span></h1>
<div class="node__meta"><span class="field field--name-uid">{esc(rng.choice(AUTHORS[lang]))}</span> <span class="field field--name-created">{esc(human_date(article))}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{body}
</div>
<div class="field field--name-field-tags field__items"><div class="field__item"><a href="/taxonomy/term/3">Constitution</a></div><div class="field__item"><a href="/taxonomy/term/4">Parliament</a></div></div>
</div></article>
<div class="view view-more-like-this"><h2>More on this topic</h2>{more}</div>
</div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><h2>{esc(L["latest"])}</h2><ul>{teaser_links(lang, rng, host, 8)}</ul></div></aside></main>
<footer role="contentinfo"><div class="region region-footer">{"".join(f"<p>{esc(p)}</p>" for p in FOOTER[lang])}</div></footer></div></div>{analytics(rng, 1)}</body></html>"""
    return page, article["paras"], url


def bitrix(article, rng, host, site):
    """1C-Bitrix news detail: text typed straight into the block with <br>s, and a results table in the text."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/press-center/news/{rng.randrange(1000, 9999)}/"
    paras = article["paras"]
    rows = [("Включено в списки", "12 482 613"), ("Проголосовали", "9 127 192"), ("За", "7 954 667"), ("Против", "898 099")]
    table = "<table class=\"data-table\"><tbody>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</tbody></table>"
    text = "<br>\n<br>\n".join(decorate(p, rng, host) for p in paras[:3]) + "<br>\n" + table + "<br>\n" + "<br>\n<br>\n".join(esc(p) for p in paras[3:])
    gold = paras[:3] + [f"{a} {b}" for a, b in rows] + paras[3:]
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(article["title"])}</title>
<link href="/bitrix/cache/css/s1/main/template_styles.css" rel="stylesheet"><script>BX.setCSSList(['/bitrix/templates/main/styles.css']);</script>{analytics(rng, 2)}</head>
<body><div id="panel"></div><div class="bx-wrapper"><div class="bx-header"><div class="bx-logo"><a href="/">{esc(site)}</a></div>
<div class="bx-top-nav">{menu(lang, host, "bx-top-nav-container", "bx-nav-1-lvl")}</div></div>
<div class="workarea"><div class="bx-breadcrumb"><a href="/">Главная</a> / <a href="/press-center/">Пресс-центр</a></div>
<div class="news-detail"><span class="news-date-time">{local_dt(article):%d.%m.%Y}</span><h3>{esc(article["title"])}</h3>
<img class="detail_picture" src="/upload/iblock/{rng.randrange(100, 999)}/pic.jpg" alt="">
{text}
<div style="clear:both"></div><br><div class="news-detail-share"><noindex><a href="#" onclick="return false">VK</a> <a href="#">Telegram</a></noindex></div></div>
<p><a href="/press-center/news/">Возврат к списку</a></p></div>
<div class="bx-sidebar"><h4>{esc(L["latest"])}</h4>{teaser_links(lang, rng, host, 6, with_date=True)}</div>
<div class="bx-footer">{"<br>".join(esc(p) for p in FOOTER[lang])}</div></div></body></html>"""
    return page, gold, url


def tilda(article, rng, host, site):
    lang = article["lang"]
    url = f"https://{host}/news/{slug(article)}"
    text = "<br /><br />".join(decorate(p, rng, host) for p in article["paras"])
    records = "".join(f'<div id="rec{rng.randrange(10**8, 10**9)}" class="r t-rec" data-record-type="{rng.randrange(100, 999)}"><div class="t-container"><div class="t-col t-col_8"><div class="t-name t-name_xl">{esc(t)}</div></div></div></div>'
                      for t in rng.sample(TEASERS[lang], 4))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(article["title"])}</title><meta property="og:title" content="{esc(article["title"])}">
<meta name="description" content="{esc(article["paras"][0][:140])}"><link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css">{inline_css(rng, 10, 't')}
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script></head>
<body class="t-body"><div id="allrecords" class="t-records" data-tilda-page-id="{rng.randrange(10**7, 10**8)}">
<div id="rec1" class="r t-rec"><div class="t228"><div class="t228__maincontainer">{"".join(f'<a class="t-menu__link-item" href="/{i}">{esc(n)}</a>' for i, n in enumerate(MENU[lang][:9]))}</div></div></div>
<div id="rec2" class="r t-rec"><div class="t-feed__post-popup__container"><div class="t-feed__post-popup__date-wrapper"><span class="t-feed__post-popup__date">{esc(human_date(article))}</span></div>
<h1 class="t-feed__post-popup__title t-title t-title_xs">{esc(article["title"])}</h1>
<div class="t-redactor__text" field="text">{text}</div></div></div>
{records}
<div id="rec9" class="r t-rec"><div class="t-text t-text_xs">{esc(FOOTER[lang][1])}</div><div class="t-text">{esc(COOKIE[lang])}</div></div>
</div>{analytics(rng, 1)}</body></html>"""
    return page, article["paras"], url


def joomla(article, rng, host, site):
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/index.php/news/{rng.randrange(100, 999)}-{slug(article)}"
    parts = []
    for p in article["paras"]:
        parts.append(f"<h3>{esc(p)}</h3>" if is_subhead(p) else f"<p>{decorate(p, rng, host)}</p>")
    page = f"""<!DOCTYPE html><html lang="{lang}-{lang}" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(article["title"])}</title>{inline_css(rng, 4)}</head>
<body class="site com_content view-article"><div class="body"><div class="container"><header class="header"><a class="brand" href="/">{esc(site)}</a></header>
<nav class="navigation">{menu(lang, host, "nav menu nav-pills")}</nav>
<div class="row-fluid"><main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(article["title"])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">{esc(rng.choice(AUTHORS[lang]))}</dd>
<dd class="published"><time datetime="{iso_local(article)}" itemprop="datePublished">{esc(human_date(article))}</time></dd><dd class="hits">Hits: {rng.randrange(100, 999)}</dd></dl>
<div itemprop="articleBody">
{"".join(parts)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#">&lt; {esc(L["prev"])}</a></li><li class="next"><a href="#">{esc(L["next"])} &gt;</a></li></ul></div></main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">{esc(L["most_read"])}</h3><ul class="mostread">{teaser_links(lang, rng, host, 7)}</ul></div></div></div></div></div>
<footer class="footer"><div class="container"><p>{esc(FOOTER[lang][1])}</p></div></footer></body></html>"""
    return page, article["paras"], url


def medium(article, rng, host, site):
    lang = article["lang"]
    url = f"https://{host}/@analyst/{slug(article)}-{rng.randrange(16**11, 16**12):x}"
    parts = []
    for p in article["paras"]:
        parts.append(f'<h2 class="pw-post-body-paragraph hd">{esc(p)}</h2>' if is_subhead(p)
                     else f'<p class="pw-post-body-paragraph lk ll ik">{decorate(p, rng, host)}</p>')
    more = "".join(f'<div class="ab cn"><a href="/@analyst/{i}"><h2 class="bf gb">{esc(t)}</h2><div class="h3"><p class="mr ms">{esc(rng.choice(LEADS[lang]))}</p></div></a></div>'
                   for i, t in enumerate(rng.sample(TEASERS[lang], 4)))
    page = f"""<!doctype html><html lang="en"><head><title>{esc(article["title"])} | by Analyst | {esc(site)}</title><meta data-rh="true" charset="utf-8">
<meta data-rh="true" property="og:title" content="{esc(article["title"])}"><meta data-rh="true" property="article:published_time" content="{iso_local(article)}">
<link data-rh="true" rel="canonical" href="{url}">{inline_css(rng, 25)}</head>
<body><div id="root"><div class="a b c"><div class="l"><div class="ab ac"><a href="/">{esc(site)}</a><div class="ac ae">Sign up · Sign in</div></div></div>
<article><div class="l"><section><div class="gh gi"><div class="fo"><h1 class="pw-post-title">{esc(article["title"])}</h1>
<div class="speechify-ignore ab cp"><span>Analyst</span> · <span>{len(article["paras"])} min read</span> · <span>{esc(human_date(article, with_time=False))}</span></div>
<div class="ab q"><button>Listen</button><button>Share</button></div>
{"".join(parts)}
</div></div></section></div></article>
<div class="ab cc"><div>{rng.randrange(10, 900)} claps</div><div>{rng.randrange(1, 40)} responses</div></div>
<div class="sf"><h2 class="bf">More from Analyst</h2>{more}</div>
<div class="sg">Help · Status · About · Careers · Press · Blog · Privacy · Terms · Text to speech</div></div></div>
<script>window.__APOLLO_STATE__ = {{"Post": {{"title": {esc(repr(article["title"]))}}}}}</script></body></html>"""
    return page, article["paras"], url


def print_version(article, rng, host, site):
    lang = article["lang"]
    url = f"https://{host}/print/{rng.randrange(10000, 99999)}"
    page = f"""<html><head><meta charset="utf-8"><title>{esc(article["title"])}</title><meta name="robots" content="noindex"></head>
<body onload="window.print()"><div style="font:14px Arial;width:640px"><img src="/logo_print.png"><br>
<small>{esc(site)} — https://{host}/</small><hr><h2>{esc(article["title"])}</h2><small>{local_dt(article):%d.%m.%Y %H:%M}</small>
{"".join(f"<p>{esc(p)}</p>" for p in article["paras"])}
<hr><small>{esc(FOOTER[lang][1])}</small></div></body></html>"""
    return page, article["paras"], url


def short_under_discussion(article, rng, host, site):
    """A three-paragraph report under a long readers' discussion and a related block with leads."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{local_dt(article):%Y/%m}/{slug(article)}"
    posts = []
    for k in range(3):
        for name, text in COMMENTS[lang]:
            posts.append(f'<div class="discussion__post"><div class="discussion__who">{esc(name)}{k or ""}</div><div class="discussion__body">{esc(text)}</div></div>')
    related = "".join(f'<div class="more__item"><a href="/x/{i}">{esc(t)}</a><div class="more__lead">{esc(rng.choice(LEADS[lang]))}</div></div>'
                      for i, t in enumerate(rng.sample(TEASERS[lang], 5)))
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(article["title"])} – {esc(site)}</title>
<meta property="og:title" content="{esc(article["title"])}"><meta property="og:url" content="{url}">{inline_css(rng, 8)}{analytics(rng, 2)}</head>
<body><div class="top">{menu(lang, host, "top__menu")}</div><div class="page"><div class="story">
<h1>{esc(article["title"])}</h1><div class="story__when">{esc(human_date(article))}</div>
<div class="story__text">{"".join(f"<p>{decorate(p, rng, host)}</p>" for p in article["paras"])}</div></div>
<div class="more"><h2>{esc(L["related"])}</h2>{related}</div>
<div class="discussion"><h2>Discussion ({len(posts)})</h2>{"".join(posts)}</div></div>
<div class="bottom">{"".join(f"<p>{esc(p)}</p>" for p in FOOTER[lang])}</div></body></html>"""
    return page, article["paras"], url


def live_blog(article, rng, host, site):
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/live/{slug(article)}"
    entries = "".join(f'<div class="live-entry" id="e{i}"><div class="live-entry__time">{t}</div><div class="live-entry__text"><p>{esc(text)}</p></div>'
                      f'<div class="live-entry__share"><a href="#e{i}">#</a></div></div>' for i, (t, text) in reversed(list(enumerate(LIVE_ENTRIES))))
    gold = [text for _, text in reversed(LIVE_ENTRIES)]  # the times are when, like a date line, not what
    page = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(article["title"])}</title>
<meta property="og:title" content="{esc(article["title"])}"><meta property="article:published_time" content="{iso_local(article)}">{inline_css(rng, 6)}</head>
<body><header class="hdr">{menu(lang, host, "hdr__menu")}</header><main><h1>{esc(article["title"])}</h1>
<div class="live-badge">LIVE</div><div class="live-feed">{entries}</div>
<div class="live-more"><h2>{esc(L["related"])}</h2><ul>{teaser_links(lang, rng, host, 5, with_lead=True)}</ul></div></main>
<div class="ftr"><p>{esc(FOOTER[lang][1])}</p></div></body></html>"""
    return page, gold, url
