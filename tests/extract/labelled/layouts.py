"""Page layouts that news sites really use, each rendering one article with its site's boilerplate.

Each layout returns the page HTML and the paragraphs that are the gold main text of that page (all the
article's paragraphs, or one page's share of them when the article is paginated). Inline widgets, captions,
bylines, share bars and comments are placed where real sites place them, inside the article too.
"""
from __future__ import annotations

import html
import json
import random
from datetime import datetime

from boilerplate import AUTHORS, COMMENTS, COOKIE, FOOTER, LABELS, LEADS, MENU, MONTHS, TEASERS


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def is_subhead(paragraph: str) -> bool:
    return len(paragraph) < 90 and not paragraph.rstrip().endswith((".", "!", "?", "»", '"'))


def local_dt(article) -> datetime:
    return datetime.fromisoformat(article["local"])


def iso_local(article) -> str:
    return local_dt(article).strftime("%Y-%m-%dT%H:%M:00+05:00")


def human_date(article, with_time=True) -> str:
    d = local_dt(article)
    month = MONTHS[article["lang"]][d.month - 1]
    if article["lang"] == "en":
        text = f"{month} {d.day}, {d.year}"
        return f"{text}, {d:%H:%M}" if with_time else text
    if article["lang"] == "kk":
        text = f"{d.day} {month} {d.year}"
    else:
        text = f"{d.day} {month} {d.year}"
    return f"{text}, {d:%H:%M}" if with_time else text


def slug(article) -> str:
    return article["id"]


def decorate(paragraph: str, rng: random.Random, host: str) -> str:
    """A paragraph as an editor leaves it: an inline link or emphasis now and then."""
    words = paragraph.split(" ")
    text = esc(paragraph)
    if len(words) > 12 and rng.random() < 0.3:
        start = rng.randrange(2, len(words) - 4)
        phrase = " ".join(words[start:start + 3])
        text = esc(" ".join(words[:start])) + f' <a href="https://{host}/tag/{rng.randrange(100, 999)}">{esc(phrase)}</a> ' + esc(
            " ".join(words[start + 3:]))
    elif len(words) > 10 and rng.random() < 0.15:
        text = f"<strong>{esc(' '.join(words[:5]))}</strong> {esc(' '.join(words[5:]))}"
    return text


def teaser_links(lang, rng, host, n, cls_item="", with_date=False, with_lead=False, img=False) -> str:
    out = []
    for title in rng.sample(TEASERS[lang], min(n, len(TEASERS[lang]))):
        href = f"https://{host}/news/{rng.randrange(100000, 999999)}-{rng.randrange(10, 99)}.html"
        parts = []
        if img:
            parts.append(f'<img src="https://{host}/media/thumb/{rng.randrange(1000, 9999)}.jpg" alt="" loading="lazy" width="320" height="180">')
        parts.append(f'<a href="{href}">{esc(title)}</a>')
        if with_lead and rng.random() < 0.6:
            parts.append(f"<p>{esc(rng.choice(LEADS[lang]))}</p>")
        if with_date:
            parts.append(f'<span class="date">{rng.randrange(1, 28)}.0{rng.randrange(1, 9)}.2026</span>')
        cls = f' class="{cls_item}"' if cls_item else ""
        out.append(f"<li{cls}>{''.join(parts)}</li>")
    return "\n".join(out)


def menu(lang, host, cls="menu", item_cls="menu-item", n=None) -> str:
    items = MENU[lang] if n is None else MENU[lang][:n]
    lis = "".join(f'<li class="{item_cls}"><a href="https://{host}/{i}/">{esc(name)}</a></li>' for i, name in enumerate(items))
    return f'<ul class="{cls}">{lis}</ul>'


def inline_css(rng: random.Random, kb: int, prefix: str = "") -> str:
    rules = []
    size = 0
    names = ["header", "nav", "menu", "card", "grid", "teaser", "article", "footer", "btn", "widget", "banner", "title", "meta"]
    while size < kb * 1024:
        a, b = rng.choice(names), rng.choice(names)
        rule = (f".{prefix}{a}__{b}-{rng.randrange(1, 99)}{{margin:{rng.randrange(0, 40)}px {rng.randrange(0, 40)}px;"
                f"color:#{rng.randrange(0, 0xFFFFFF):06x};font-size:{rng.randrange(10, 30)}px;display:flex}}\n")
        rules.append(rule)
        size += len(rule)
    return "<style>" + "".join(rules) + "</style>"


def analytics(rng: random.Random, kb: int = 0) -> str:
    blob = {"config": {"id": f"UA-{rng.randrange(10**7, 10**8)}-1", "features": [f"f{i}" for i in range(20)]},
            "experiments": [{"name": f"exp_{i}", "variant": rng.choice("ABCD"), "weight": rng.random()} for i in range(kb * 12)]}
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XXXX\"></script>"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
            f"gtag('config','G-{rng.randrange(10**6, 10**7)}');var __cfg={json.dumps(blob)};</script>"
            "<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};"
            "k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})"
            "(window,document,'script','https://mc.yandex.ru/metrika/tag.js','ym');ym(12345678,'init',{webvisor:true});</script>")


def json_ld(article, url, publisher) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
            "datePublished": iso_local(article), "dateModified": iso_local(article),
            "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": publisher}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(article, url, site, *, title_suffix=True, og=True, extra="", charset="utf-8", lang_attr=None) -> str:
    title = esc(article["title"] + (f" | {site}" if title_suffix else ""))
    metas = [f'<meta charset="{charset}">' if charset else "",
             '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{title}</title>"]
    if og:
        metas += [f'<meta property="og:title" content="{esc(article["title"])}">', '<meta property="og:type" content="article">',
                  f'<meta property="og:url" content="{url}">', f'<meta property="og:site_name" content="{esc(site)}">',
                  f'<link rel="canonical" href="{url}">']
    return "<head>" + "".join(metas) + extra + "</head>"


def footer_block(lang, rng, host, tag="footer", cls="site-footer") -> str:
    cols = "".join(f'<div class="footer-col"><h4>{esc(MENU[lang][i])}</h4>{menu(lang, host, "footer-menu", "fm", n=6)}</div>'
                   for i in range(3))
    paras = "".join(f"<p>{esc(p)}</p>" for p in FOOTER[lang])
    return (f'<{tag} class="{cls}"><div class="footer-top">{cols}</div><div class="footer-legal">{paras}'
            f'<p>© 2014–2026</p></div><div class="counters"><img src="https://counter.example/hit?{rng.random()}" width="88" height="31" alt=""></div></{tag}>')


def cookie_banner(lang, cls="cookie-notice", id_="cookie-notice") -> str:
    return (f'<div id="{id_}" class="{cls}" role="dialog"><p>{esc(COOKIE[lang])} <a href="/privacy">Privacy</a></p>'
            f'<button type="button" class="btn-accept">{esc(LABELS[lang]["accept"])}</button></div>')


def share_bar(lang, url, cls="share-buttons") -> str:
    nets = ["facebook", "telegram", "whatsapp", "vk", "x"]
    links = "".join(f'<a class="share-{n}" href="https://{n}.com/share?u={url}" title="{n}">{n.title()}</a>' for n in nets)
    return f'<div class="{cls}"><span>{esc(LABELS[lang]["share"])}:</span>{links}</div>'


def comments_wp(lang, rng, n) -> str:
    items = []
    for name, text in rng.sample(COMMENTS[lang], min(n, len(COMMENTS[lang]))):
        items.append(f'<li class="comment even thread-even depth-1" id="comment-{rng.randrange(1000, 9999)}"><article class="comment-body">'
                     f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(name)}</b></div>'
                     f'<div class="comment-metadata"><time datetime="2026-03-01T10:00:00+05:00">01.03.2026 в 10:{rng.randrange(10, 59)}</time></div></footer>'
                     f'<div class="comment-content"><p>{esc(text)}</p></div>'
                     f'<div class="reply"><a class="comment-reply-link" href="#respond">{esc(LABELS[lang]["reply"])}</a></div></article></li>')
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{esc(LABELS[lang]["comments"])} ({len(items)})</h2>'
            f'<ol class="comment-list">{"".join(items)}</ol><div id="respond" class="comment-respond"><h3>{esc(LABELS[lang]["leave"])}</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform"><p><textarea name="comment" rows="8"></textarea></p>'
            '<p><input name="author" type="text"></p><p><input type="submit" value="Post Comment"></p></form></div></div>')


def render_paragraphs(paras, rng, host, *, head_tag="h2", p_open="<p>", p_close="</p>", widgets=None):
    """The body: paragraphs, subheadings and widgets dropped in after given paragraph indexes."""
    widgets = widgets or {}
    out = []
    for i, p in enumerate(paras):
        if is_subhead(p):
            out.append(f"<{head_tag}>{esc(p)}</{head_tag}>")
        else:
            out.append(f"{p_open}{decorate(p, rng, host)}{p_close}")
        if i in widgets:
            out.append(widgets[i])
    return "\n".join(out)


def widget_positions(paras, rng, count) -> list[int]:
    slots = [i for i in range(1, len(paras) - 1) if not is_subhead(paras[i])]
    rng.shuffle(slots)
    return sorted(slots[:count])


# ------------------------------------------------------------------------------------------------ layouts

def wordpress(article, rng, host, site, comments=4, long_sidebar=True):
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{local_dt(article):%Y/%m/%d}/{slug(article)}/"
    paras = article["paras"]
    widgets = {}
    for pos in widget_positions(paras, rng, 1 if len(paras) < 8 else 2):
        t = rng.choice(TEASERS[lang])
        widgets[pos] = f'<p><strong>{esc(L["read_also"])}: <a href="https://{host}/2026/02/0{rng.randrange(1, 9)}/x-{rng.randrange(100, 999)}/">{esc(t)}</a></strong></p>'
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    figure = (f'<figure class="wp-block-image size-large"><img src="https://{host}/wp-content/uploads/2026/02/photo.jpg" alt="" width="1024" height="683">'
              f'<figcaption>{esc(L["photo"])}: {esc(rng.choice(["Akorda", "пресс-служба Конституционного суда", "Kazinform", "архив редакции"]))}</figcaption></figure>')
    related = (f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{esc(L["related"])}</em></h3>'
               f'<ul>{teaser_links(lang, rng, host, 3, "jp-relatedposts-post", with_date=True)}</ul></div>')
    tags = " ".join(f'<a href="https://{host}/tag/{t}/" rel="tag">{esc(t)}</a>' for t in ["Конституция", "референдум", "Kurultai"])
    author = rng.choice(AUTHORS[lang])
    sidebar = ""
    if long_sidebar:
        sidebar = (f'<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><input type="search" placeholder="{esc(L["search"])}"></form></section>'
                   f'<section class="widget widget_recent_entries"><h2 class="widget-title">{esc(L["latest"])}</h2><ul>{teaser_links(lang, rng, host, 8)}</ul></section>'
                   f'<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
                   + "".join(f'<li><a href="https://{host}/2026/{m:02d}/">{MONTHS[lang][m - 1]} 2026</a></li>' for m in range(1, 9))
                   + f'</ul></section><section class="widget widget_tag_cloud"><div class="tagcloud">'
                   + "".join(f'<a href="https://{host}/tag/{i}/" style="font-size:{rng.randrange(8, 22)}pt">{esc(w)}</a> ' for i, w in enumerate(MENU[lang]))
                   + "</div></section></aside>")
    page = f"""<!DOCTYPE html>
<html lang="{ {'ru': 'ru-RU', 'kk': 'kk', 'en': 'en-US'}[lang] }" class="no-js">
{head(article, url, site, extra=inline_css(rng, 6, 'wp-') + json_ld(article, url, site) + f'<meta property="article:published_time" content="{iso_local(article)}">')}
<body class="post-template-default single single-post postid-{rng.randrange(1000, 9999)} single-format-standard has-sidebar comments-open">
{cookie_banner(lang, "cmplz-cookiebanner cookie-bar", "cmplz-cookiebanner")}
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{host}/" rel="home">{esc(site)}</a></p>
<p class="site-description">{esc(rng.choice(TEASERS[lang]))}</p></div>
<nav id="site-navigation" class="main-navigation">{menu(lang, host, "primary-menu")}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{rng.randrange(1000, 9999)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-politics">
<header class="entry-header"><h1 class="entry-title">{esc(article["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso_local(article)}">{esc(human_date(article, with_time=False))}</time></a></span>
<span class="byline"> {esc(L["author"])} <span class="author vcard"><a class="url fn n" href="https://{host}/author/a/">{esc(author)}</a></span></span></div></header>
<div class="post-thumbnail">{figure}</div>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{esc(L["share"])}:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a href="#">Facebook</a></li><li class="share-telegram"><a href="#">Telegram</a></li><li class="share-x"><a href="#">X</a></li></ul></div></div></div>
{related}
</div>
<footer class="entry-footer"><span class="cat-links"><a href="https://{host}/category/politics/">Politics</a></span><span class="tags-links">{esc(L["tags"])}: {tags}</span></footer>
<div class="author-info"><h2 class="author-title">{esc(author)}</h2><p class="author-bio">{esc(rng.choice(LEADS[lang]))}</p></div>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#">{esc(rng.choice(TEASERS[lang]))}</a></div><div class="nav-next"><a href="#">{esc(rng.choice(TEASERS[lang]))}</a></div></div></nav>
{comments_wp(lang, rng, comments) if comments else ""}
</main></div>{sidebar}</div>
{footer_block(lang, rng, host)}
</div>{analytics(rng, 2)}
<script src="https://{host}/wp-includes/js/wp-embed.min.js"></script>
</body></html>"""
    return page, paras, url


def portal(article, rng, host, site, heavy_kb=30):
    """A big news portal: mega menu, ticker, inline 'read also' blocks and ads, most-read, partner teasers."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{lang}/news/{slug(article)}-{rng.randrange(500000, 599999)}/"
    paras = article["paras"]
    widgets = {}
    for k, pos in enumerate(widget_positions(paras, rng, 2)):
        if k == 0:
            t = rng.choice(TEASERS[lang])
            widgets[pos] = (f'<div class="read-also"><div class="read-also__title">{esc(L["read_also"])}</div>'
                            f'<a class="read-also__link" href="https://{host}/{lang}/news/{rng.randrange(100000, 999999)}/">'
                            f'<img src="https://{host}/i/{rng.randrange(100, 999)}.jpg" alt="">{esc(t)}</a></div>')
        else:
            widgets[pos] = (f'<div class="adv adv-inread" id="adfox_{rng.randrange(10**8, 10**9)}"><script>window.yaContextCb.push(()=>{{Ya.adfoxCode.create({{ownerId:{rng.randrange(10**5, 10**6)},containerId:"adfox"}})}})</script>'
                            f'<span class="adv__label">Реклама</span></div>')
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    ticker = "".join(f'<a href="https://{host}/{lang}/news/{i}/" class="ticker__item"><span>{rng.randrange(8, 23)}:{rng.randrange(10, 59)}</span> {esc(t)}</a>'
                     for i, t in enumerate(rng.sample(TEASERS[lang], 6)))
    most_read = f'<div class="most-read"><div class="block-title">{esc(L["most_read"])}</div><ol>{teaser_links(lang, rng, host, 6, "most-read__item")}</ol></div>'
    partners = (f'<div class="partners-news"><div class="block-title">{esc(L["partners"])}</div><ul>'
                f'{teaser_links(lang, rng, host, 6, "partners-news__item", with_lead=True, img=True)}</ul></div>')
    latest = f'<div class="news-feed"><div class="block-title">{esc(L["latest"])}</div><ul>{teaser_links(lang, rng, host, 12, "news-feed__item", with_date=True)}</ul></div>'
    credit = f'<p class="content-photo-source">{esc(L["photo"])}: {esc(rng.choice(["Akorda", "Kazinform", "ЦИК РК", "архив"]))}</p>'
    page = f"""<!doctype html><html lang="{lang}">
{head(article, url, site, extra=inline_css(rng, heavy_kb // 2) + json_ld(article, url, site) + analytics(rng, heavy_kb // 4))}
<body class="page-news">
<div class="top-line"><div class="container"><span class="currency">USD 506.12 EUR 548.30 RUB 6.21</span><span class="weather">Астана −12°</span>
<div class="langs"><a href="/ru/">РУС</a><a href="/kz/">ҚАЗ</a><a href="/en/">ENG</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="https://{host}/"><img src="/logo.svg" alt="{esc(site)}"></a>
<nav class="header__nav">{menu(lang, host, "nav-list", "nav-list__item")}</nav>
<div class="header__search"><form action="/search"><input name="q" placeholder="{esc(L["search"])}"></form></div></div>
<div class="mega-menu">{"".join(f'<div class="mega-menu__col">{menu(lang, host, "mega-menu__list", "mega-menu__item", n=10)}</div>' for _ in range(3))}</div></header>
<div class="ticker">{ticker}</div>
<div class="container main-wrap"><div class="breadcrumbs"><a href="/">{esc(MENU[lang][0])}</a> / <a href="/{lang}/news/">{esc(MENU[lang][1])}</a></div>
<div class="row"><div class="col-main">
<div class="content-wrap" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="content-title" itemprop="headline">{esc(article["title"])}</h1>
<div class="content-info"><span class="content-date">{esc(human_date(article))}</span> <span class="content-views">{rng.randrange(1000, 90000)} {esc(L["views"])}</span></div>
<div class="content-image"><img src="https://{host}/media/{rng.randrange(10**5, 10**6)}.jpg" alt=""></div>
<div class="content-text" itemprop="articleBody">
{body}
{credit}
</div>
<div class="content-tags">{"".join(f'<a href="/tags/{i}">#{esc(t)}</a>' for i, t in enumerate(MENU[lang][17:20]))}</div>
{share_bar(lang, url)}
<div class="error-hint">{esc(L["error"])}</div>
<div class="subscribe-block"><a href="https://t.me/example">{esc(L["subscribe"])}</a></div>
</div>
{partners}
</div><div class="col-side">{latest}{most_read}<div class="adv adv-side"><iframe src="https://ads.example/side" width="300" height="600"></iframe></div></div></div></div>
{footer_block(lang, rng, host, "footer", "footer")}
{cookie_banner(lang, "cookies-popup", "cookies")}
<script>window.__INITIAL_STATE__={json.dumps({"feed": [{"id": i, "title": t} for i, t in enumerate(TEASERS[lang])]}, ensure_ascii=False)}</script>
</body></html>"""
    return page, paras, url


def amp(article, rng, host, site):
    lang, L = article["lang"], LABELS[article["lang"]]
    canonical = f"https://{host}/{lang}/news/{slug(article)}/"
    url = canonical.rstrip("/") + "/amp/"
    paras = article["paras"]
    widgets = {}
    for pos in widget_positions(paras, rng, 1):
        widgets[pos] = (f'<amp-ad width="300" height="250" type="adfox" data-owner-id="{rng.randrange(10**5, 10**6)}"></amp-ad>'
                        f'<div class="related-inline"><b>{esc(L["read_also"])}:</b> <a href="https://{host}/{lang}/news/{rng.randrange(10**5, 10**6)}/amp/">{esc(rng.choice(TEASERS[lang]))}</a></div>')
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    boiler = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
              "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>")
    page = f"""<!doctype html><html amp lang="{lang}"><head><meta charset="utf-8"><title>{esc(article["title"])} - {esc(site)}</title>
<link rel="canonical" href="{canonical}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
{json_ld(article, canonical, site)}{boiler}<style amp-custom>{inline_css(rng, 4)[7:-8]}</style></head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="left">{menu(lang, host, "amp-menu")}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="https://{host}/">{esc(site)}</a></header>
<article class="amp-article"><h1>{esc(article["title"])}</h1>
<div class="amp-meta"><time datetime="{iso_local(article)}">{esc(human_date(article))}</time></div>
<amp-img src="https://{host}/media/{rng.randrange(10**5, 10**6)}.jpg" width="800" height="450" layout="responsive"></amp-img>
<p class="amp-caption">{esc(L["photo"])}: {esc(rng.choice(["Akorda", "Kazinform", "ЦИК"]))}</p>
{body}
<div class="amp-share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="telegram"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share></div>
</article>
<section class="amp-related"><h2>{esc(L["related"])}</h2><ul>{teaser_links(lang, rng, host, 5)}</ul></section>
<footer class="amp-footer"><p>{esc(FOOTER[lang][1])}</p><a href="{canonical}">Full version</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
</body></html>"""
    return page, paras, url


def old_table(article, rng, host, site, charset="windows-1251", declare=True):
    """A 2000s site: nested tables, font tags, a left menu column and a right banner column."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"http://{host}/index.php?option=com_content&task=view&id={rng.randrange(1000, 9999)}"
    paras = article["paras"]
    body = render_paragraphs(paras, rng, host, head_tag="b")
    body = body.replace("</b>\n", "</b><br>\n")
    left = "".join(f'<tr><td class="menu"><a href="/index.php?cat={i}"><font color="#003366">{esc(n)}</font></a></td></tr>' for i, n in enumerate(MENU[lang]))
    right = "".join(f'<a href="http://ads.example/{i}"><img src="/b/{i}.gif" width="120" height="60" border="0"></a><br>' for i in range(5))
    news = "".join(f'<tr><td><font size="1">{rng.randrange(1, 28)}.02.2026</font><br><a href="/n/{i}"><font size="2">{esc(t)}</font></a></td></tr>'
                   for i, t in enumerate(rng.sample(TEASERS[lang], 8)))
    meta_charset = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if declare else ""
    d = local_dt(article)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>{meta_charset}<title>{esc(site)} :: {esc(article["title"])}</title>
<link rel="stylesheet" href="/templates/main/css/template_css.css"><script language="JavaScript" src="/js/menu.js"></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="3" class="top"><img src="/images/logo.gif" width="400" height="80" alt="{esc(site)}"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#FFFFFF" size="1">{esc(" | ".join(MENU[lang][:8]))}</font></td></tr>
<tr><td width="180" valign="top"><table width="100%">{left}</table><br><table width="100%"><tr><td><b>{esc(L["latest"])}</b></td></tr>{news}</table></td>
<td valign="top" class="main"><table width="100%" class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(article["title"])}</td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">{d:%d.%m.%Y %H:%M}</td></tr>
<tr><td valign="top"><font face="Arial" size="2">
{body}
</font></td></tr><tr><td class="modifydate">{esc(L["source"])}: {esc(site)}</td></tr></table>
<table class="pagenav"><tr><th class="pagenav_prev"><a href="/n/{rng.randrange(100, 999)}">&lt; {esc(L["prev"])}</a></th><th class="pagenav_next"><a href="/n/{rng.randrange(100, 999)}">{esc(L["next"])} &gt;</a></th></tr></table>
</td><td width="130" valign="top" align="center">{right}</td></tr>
<tr><td colspan="3" align="center" class="bottom"><font size="1">{esc(FOOTER[lang][1])}<br>{esc(FOOTER[lang][3])}</font><br>
<a href="http://www.liveinternet.ru/click"><img src="http://counter.yadro.ru/hit?t14.1" width="88" height="31" border="0"></a></td></tr></table>
</body></html>"""
    return page, paras, url


def br_split(article, rng, host, site):
    """A body with no paragraph tags: text runs separated by <br><br>, a bold lead."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/news/{local_dt(article):%Y%m%d}/{rng.randrange(1000, 9999)}.html"
    paras = article["paras"]
    runs = []
    for i, p in enumerate(paras):
        if i == 0:
            runs.append(f"<b>{esc(p)}</b>")
        elif is_subhead(p):
            runs.append(f"<strong>{esc(p)}</strong>")
        else:
            runs.append(decorate(p, rng, host))
    pos = rng.randrange(2, len(paras)) if len(paras) > 3 else None
    text = ""
    for i, run in enumerate(runs):
        text += run + "<br><br>\n"
        if i == pos:
            text += f'<a href="https://{host}/news/{rng.randrange(1000, 9999)}.html" class="inline-link">» {esc(rng.choice(TEASERS[lang]))}</a><br><br>\n'
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(article["title"])} - {esc(site)}</title>
<meta name="description" content="{esc(paras[0][:150])}"><link rel="stylesheet" href="/style.css">{analytics(rng, 1)}</head>
<body><div id="wrapper"><div id="header"><a href="/"><img src="/logo.png" alt="{esc(site)}"></a>
<div id="topmenu">{" | ".join(f'<a href="/{i}">{esc(n)}</a>' for i, n in enumerate(MENU[lang][:12]))}</div></div>
<div id="left">{menu(lang, host, "leftmenu", "lm")}</div>
<div id="center"><div class="newsdate">{esc(human_date(article))}</div><h1 class="newstitle">{esc(article["title"])}</h1>
<div class="newstext">
{text}<i>{esc(L["photo"])}: {esc(rng.choice(["пресс-служба Акорды", "Akorda", "архив"]))}</i>
</div>
<div class="newsfooter">{esc(L["views"])}: {rng.randrange(100, 9000)} | <a href="/print/{rng.randrange(100, 999)}">Print</a> | <a href="/news/">{esc(L["latest"])}</a></div>
<div class="othernews"><b>{esc(L["related"])}:</b><br>{"".join(f'<a href="/news/{i}.html">{esc(t)}</a><br>' for i, t in enumerate(rng.sample(TEASERS[lang], 7)))}</div>
</div>
<div id="footer">{"<br>".join(esc(p) for p in FOOTER[lang][:2])}</div></div></body></html>"""
    return page, paras, url


def paginated(article, rng, host, site, page_no, pages=2):
    """One page of a long article split over several: only this page's share is the gold."""
    lang, L = article["lang"], LABELS[article["lang"]]
    paras = article["paras"]
    per = -(-len(paras) // pages)
    share = paras[(page_no - 1) * per: page_no * per]
    base = f"https://{host}/analytics/{slug(article)}"
    url = base if page_no == 1 else f"{base}?page={page_no}"
    body = render_paragraphs(share, rng, host, head_tag="h3")
    nav = "".join(f'<li class="{"active" if n == page_no else ""}"><a href="{base}?page={n}">{n}</a></li>' for n in range(1, pages + 1))
    nxt = f'<a class="next" href="{base}?page={page_no + 1}">{esc(L["next"])} →</a>' if page_no < pages else ""
    prv = f'<a class="prev" href="{base}?page={page_no - 1}">← {esc(L["prev"])}</a>' if page_no > 1 else ""
    author = rng.choice(AUTHORS[lang])
    page = f"""<!DOCTYPE html><html lang="{lang}">{head(article, base, site, extra=f'<meta name="author" content="{esc(author)}"><meta property="article:published_time" content="{iso_local(article)}">' + inline_css(rng, 10) + analytics(rng, 3))}
<body><div class="page"><header class="top">{menu(lang, host, "nav")}</header>
<div class="layout"><main class="layout__main"><div class="story">
<div class="story__rubric"><a href="/analytics/">{esc(MENU[lang][13])}</a></div>
<h1 class="story__title">{esc(article["title"])}</h1>
<div class="story__byline">{esc(L["author"])}: <a href="/authors/1">{esc(author)}</a> · <span class="story__date">{esc(human_date(article))}</span></div>
<div class="story__body">
{body}
</div>
<div class="story__pages"><span>{esc(L["page"])} {page_no} / {pages}</span><ul class="pager">{nav}</ul>{prv} {nxt}</div>
{share_bar(lang, base, "story__share")}
</div>
<section class="more-stories"><h2>{esc(L["related"])}</h2><ul>{teaser_links(lang, rng, host, 6, with_lead=True, img=True)}</ul></section>
</main><aside class="layout__side"><h3>{esc(L["most_read"])}</h3><ol>{teaser_links(lang, rng, host, 8)}</ol></aside></div>
{footer_block(lang, rng, host)}</div>{cookie_banner(lang)}</body></html>"""
    return page, share, url


def hashed_spa(article, rng, host, site):
    """A server-rendered React app: hashed class names, no semantic tags, the article again in a JSON state blob."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{lang}/{slug(article)}-{rng.randrange(10**6, 10**7):x}"
    paras = article["paras"]

    def h():
        return f"css-{rng.randrange(16**5, 16**6):x}"

    p_cls, h_cls = h(), h()
    widgets = {}
    for pos in widget_positions(paras, rng, 1):
        widgets[pos] = (f'<div class="{h()}"><span class="{h()}">{esc(L["related"])}</span><a class="{h()}" href="/{lang}/x-{rng.randrange(10**5, 10**6):x}">'
                        f'<div class="{h()}"><img src="https://cdn.{host}/{rng.randrange(10**5, 10**6)}.webp" alt=""></div><h4 class="{h()}">{esc(rng.choice(TEASERS[lang]))}</h4></a></div>')
    body = render_paragraphs(paras, rng, host, head_tag=f'h2 class="{h_cls}"', p_open=f'<p class="{p_cls}">', widgets=widgets)
    body = body.replace(f'</h2 class="{h_cls}">', "</h2>")
    state = {"props": {"pageProps": {"article": {"title": article["title"], "published": iso_local(article),
                                                  "body": [{"type": "paragraph", "text": p} for p in paras]},
                                      "feed": [{"title": t, "lead": rng.choice(LEADS[lang])} for t in TEASERS[lang]]}}}
    cards = "".join(f'<a class="{h()}" href="/{lang}/n-{i}"><div class="{h()}"><img src="https://cdn.{host}/t{i}.webp" alt=""></div><div class="{h()}">{esc(t)}</div></a>'
                    for i, t in enumerate(rng.sample(TEASERS[lang], 8)))
    icons = "".join(f'<svg class="{h()}" viewBox="0 0 24 24" width="24" height="24"><path d="M{rng.randrange(1, 20)} {rng.randrange(1, 20)}L{rng.randrange(1, 20)} {rng.randrange(1, 20)}Z"></path></svg>' for _ in range(12))
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(article["title"])} — {esc(site)}</title>
<meta property="og:title" content="{esc(article["title"])}"><meta property="article:published_time" content="{iso_local(article)}">
<link rel="canonical" href="{url}"><link rel="preload" href="/_next/static/css/app.css" as="style">{inline_css(rng, 8, 'css-')}</head>
<body><div id="__next"><div class="{h()}"><div class="{h()}"><a class="{h()}" href="/">{esc(site)}</a><div class="{h()}">{"".join(f'<a class="{h()}" href="/{lang}/c/{i}">{esc(n)}</a>' for i, n in enumerate(MENU[lang][:14]))}</div>{icons}</div>
<div class="{h()}"><div class="{h()}"><div class="{h()}"><h1 class="{h()}">{esc(article["title"])}</h1><div class="{h()}"><span class="{h()}">{esc(human_date(article))}</span><span class="{h()}">{rng.randrange(2, 9)} min</span></div></div>
<div class="{h()}"><img src="https://cdn.{host}/hero.webp" alt=""><span class="{h()}">{esc(L["photo"])}: {esc(rng.choice(["Akorda", "Reuters", "Kazinform"]))}</span></div>
<div class="{h()}">{body}</div>
<div class="{h()}">{"".join(f'<button class="{h()}" aria-label="{n}">{icons[:200]}</button>' for n in ["facebook", "telegram", "x", "copy"])}</div></div>
<div class="{h()}"><div class="{h()}">{esc(L["latest"])}</div>{cards}</div></div>
<div class="{h()}"><div class="{h()}">{esc(COOKIE[lang])}</div><button class="{h()}">OK</button></div>
<div class="{h()}"><div class="{h()}">{"".join(f'<p class="{h()}">{esc(p)}</p>' for p in FOOTER[lang])}</div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-{rng.randrange(16**8, 16**9):x}.js" defer></script>{analytics(rng, 2)}</body></html>"""
    return page, paras, url


def gov_portal(article, rng, host, site):
    """A government portal: accessibility bar, huge menus, the text in one block, attached files, long footer."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/memleket/entities/{rng.choice(['ksrk', 'prokuror', 'adilet'])}/press/news/details/{rng.randrange(10**5, 10**6)}?lang={lang}"
    paras = article["paras"]
    body = render_paragraphs(paras, rng, host)
    d = local_dt(article)
    files = "".join(f'<li><a href="/uploads/2026/{i}.pdf">{esc(t)}.pdf</a> <span>(1.{i} MB)</span></li>' for i, t in enumerate(["project", "annex"]))
    big_menu = "".join(f'<div class="menu-section"><div class="menu-section__title">{esc(MENU[lang][i])}</div>{menu(lang, host, "submenu", "submenu__item", n=12)}</div>' for i in range(6))
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{esc(article["title"])} - {esc(site)}</title>
<meta name="description" content="{esc(paras[0][:160])}">{inline_css(rng, 12, 'gov-')}{analytics(rng, 2)}</head>
<body><div class="eye-panel"><button>A-</button><button>A+</button><button>Версия для слабовидящих</button></div>
<div class="gov-header"><div class="gov-header__logo"><img src="/gerb.svg" alt=""><span>{esc(site)}</span></div><div class="gov-header__lang"><a>Қаз</a><a>Рус</a><a>Eng</a></div></div>
<div class="gov-menu">{big_menu}</div>
<div class="page-container"><div class="breadcrumbs"><a href="/">{esc(MENU[lang][0])}</a> › <a href="/press">{esc(MENU[lang][3])}</a></div>
<div class="news-details"><div class="news-details__header"><h1>{esc(article["title"])}</h1>
<div class="news-details__date">{d:%d.%m.%Y %H:%M}</div></div>
<div class="news-details__body"><div class="ck-content">
{body}
</div></div>
<div class="news-details__files"><h3>Files</h3><ul>{files}</ul></div>
{share_bar(lang, url, "share-panel")}
<div class="news-details__updated">Updated: {d:%d.%m.%Y}</div></div>
<div class="other-news"><h2>{esc(L["latest"])}</h2><ul>{teaser_links(lang, rng, host, 6, with_date=True)}</ul></div></div>
<footer class="gov-footer">{big_menu[:3000]}<div class="gov-footer__info">{"".join(f'<p>{esc(p)}</p>' for p in FOOTER[lang])}
<p>Call centre 1414. Unified contact centre for questions about state services.</p></div></footer></body></html>"""
    return page, paras, url


def kazakh_news(article, rng, host, site):
    """A Kazakh-language news site: inline 'Оқи отырыңыз' boxes, latest-news column, a reader-feedback list."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/article/{rng.randrange(300000, 399999)}-{slug(article)}"
    paras = article["paras"]
    widgets = {}
    for pos in widget_positions(paras, rng, 2):
        widgets[pos] = (f'<div class="inline-news"><span class="inline-news__label">{esc(L["read_also"])}:</span> '
                        f'<a href="https://{host}/article/{rng.randrange(300000, 399999)}">{esc(rng.choice(TEASERS[lang]))}</a></div>')
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    feedback = "".join(f'<div class="feedback-item"><div class="feedback-item__name">{esc(n)}</div><div class="feedback-item__text">{esc(t)}</div></div>'
                       for n, t in rng.sample(COMMENTS[lang], 4))
    page = f"""<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>{esc(article["title"])}</title>
<meta property="og:title" content="{esc(article["title"])}"><meta property="og:url" content="{url}">
<meta property="og:locale" content="kk_KZ"><meta name="article:published_time" content="{iso_local(article)}">{inline_css(rng, 5)}{analytics(rng, 1)}</head>
<body><header class="main-header">{menu(lang, host, "main-nav")}</header>
<div class="container"><div class="row"><div class="col-md-8"><article class="white-block">
<div class="article-category"><a href="/category/sayasat">{esc(MENU[lang][1])}</a></div>
<h1 class="article-title">{esc(article["title"])}</h1>
<div class="article-meta"><span class="date">{esc(human_date(article))}</span> <span class="views">{rng.randrange(100, 5000)}</span></div>
<div class="article-img"><img src="/uploads/{rng.randrange(1000, 9999)}.jpg" alt=""><div class="img-author">{esc(L["photo"])}: {esc(rng.choice(["Ақорда", "Egemen.kz", "ОСК"]))}</div></div>
<div class="article-text">
{body}
</div>
<div class="article-author">{esc(L["author"])}: {esc(rng.choice(AUTHORS[lang]))}</div>
{share_bar(lang, url, "social-share")}
</article>
<div class="feedback"><h3>{esc(L["comments"])} (4)</h3>{feedback}</div></div>
<div class="col-md-4"><div class="last-news"><h3>{esc(L["latest"])}</h3><ul>{teaser_links(lang, rng, host, 10, with_date=True)}</ul></div></div></div></div>
<footer class="main-footer">{"".join(f'<p>{esc(p)}</p>' for p in FOOTER[lang])}</footer>{cookie_banner(lang, "cookie-alert", "cookie-alert")}</body></html>"""
    return page, paras, url


def widgets_heavy(article, rng, host, site):
    """An article stuffed with inline widgets: related card with a teaser, poll, video, Telegram box, infographic."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{local_dt(article):%Y/%m/%d}/{slug(article)}.html"
    paras = article["paras"]
    positions = widget_positions(paras, rng, 3)
    kinds = ["card", "poll", "telegram"]
    widgets = {}
    for pos, kind in zip(positions, kinds):
        if kind == "card":
            widgets[pos] = (f'<div class="embed-related"><a href="https://{host}/2026/02/{rng.randrange(10, 28)}/x.html"><img src="/thumbs/{rng.randrange(100, 999)}.jpg" alt=""></a>'
                            f'<div class="embed-related__body"><a class="embed-related__title" href="https://{host}/2026/02/x.html">{esc(rng.choice(TEASERS[lang]))}</a>'
                            f'<p class="embed-related__lead">{esc(rng.choice(LEADS[lang]))}</p></div></div>')
        elif kind == "poll":
            opts = "".join(f'<label><input type="radio" name="poll"> {esc(o)}</label>' for o in L["poll_opts"])
            widgets[pos] = f'<div class="poll-widget"><div class="poll-widget__q">{esc(L["poll"])}</div><form>{opts}<button>OK</button></form></div>'
        else:
            widgets[pos] = f'<div class="tg-promo"><a href="https://t.me/example_news">{esc(L["subscribe"])}</a></div>'
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    video = (f'<div class="video-embed"><iframe src="https://www.youtube.com/embed/{rng.randrange(10**6, 10**7)}" width="640" height="360" allowfullscreen></iframe>'
             f'<div class="video-embed__caption">{esc(L["video"])}: {esc(rng.choice(["Akorda", "Khabar 24", "YouTube"]))}</div></div>')
    page = f"""<!DOCTYPE html><html lang="{lang}">{head(article, url, site, extra=f'<meta itemprop="datePublished" content="{iso_local(article)}">' + inline_css(rng, 15) + analytics(rng, 6))}
<body><div class="wrapper"><header class="header">{menu(lang, host, "header-menu")}<div class="header__social">{"".join(f'<a href="https://{n}.com/x">{n}</a>' for n in ["fb", "ig", "tg", "yt", "tt"])}</div></header>
<div class="main"><div class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article__head"><h1 class="article__title" itemprop="headline">{esc(article["title"])}</h1>
<div class="article__meta"><time class="article__date">{esc(human_date(article))}</time></div></div>
<div class="article__content" itemprop="articleBody">
{body}
{video}
<div class="infographic"><img src="/infographics/{rng.randrange(100, 999)}.png" alt=""><span>Инфографика: {esc(site)}</span></div>
</div>
<div class="article__tags">{"".join(f'<a class="tag" href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(MENU[lang][16:19]))}</div>
{share_bar(lang, url, "article__share")}
</div>
<div class="recommended"><div class="recommended__title">{esc(L["related"])}</div><div class="recommended__grid">
{"".join(f'<div class="rec-card"><a href="/r/{i}"><img src="/r/{i}.jpg" alt=""><div class="rec-card__title">{esc(t)}</div></a><div class="rec-card__lead">{esc(rng.choice(LEADS[lang]))}</div></div>' for i, t in enumerate(rng.sample(TEASERS[lang], 4)))}
</div></div>
<div class="comments-block" id="comments"><div class="comments-block__title">{esc(L["comments"])}</div>
{"".join(f'<div class="comment-item"><b>{esc(n)}</b><div class="comment-item__text">{esc(t)}</div></div>' for n, t in rng.sample(COMMENTS[lang], 3))}</div></div>
{footer_block(lang, rng, host)}</div>{cookie_banner(lang, "cookie-consent", "cookie-consent")}</body></html>"""
    return page, paras, url


def utility_classes(article, rng, host, site):
    """A Tailwind-style page: `main`, utility classes only, many SVG icons, a newsletter box after the text."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/{slug(article)}"
    paras = article["paras"]
    widgets = {}
    for pos in widget_positions(paras, rng, 1):
        widgets[pos] = (f'<div class="not-prose my-8 rounded-lg border p-4"><p class="text-sm font-semibold">{esc(L["read_also"])}</p>'
                        f'<a class="text-blue-600 hover:underline" href="/{rng.randrange(100, 999)}">{esc(rng.choice(TEASERS[lang]))}</a></div>')
    body = render_paragraphs(paras, rng, host, widgets=widgets)
    svg = '<svg class="h-5 w-5" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" d="M4 6h16M4 12h16M4 18h16"/></svg>'
    page = f"""<!DOCTYPE html><html lang="{lang}" class="h-full">{head(article, url, site, extra=f'<meta property="article:published_time" content="{iso_local(article)}">' + inline_css(rng, 20, 'tw-'))}
<body class="h-full bg-white antialiased"><div class="min-h-full">
<nav class="border-b bg-white"><div class="mx-auto max-w-7xl px-4"><div class="flex h-16 justify-between"><a href="/" class="font-bold">{esc(site)}</a>
<div class="hidden sm:flex sm:space-x-8">{"".join(f'<a href="/{i}" class="inline-flex items-center px-1 text-sm">{esc(n)}{svg}</a>' for i, n in enumerate(MENU[lang][:10]))}</div></div></div></nav>
<main class="mx-auto max-w-3xl px-4 py-10"><p class="text-sm text-gray-500"><time datetime="{iso_local(article)}">{esc(human_date(article, with_time=False))}</time></p>
<h1 class="mt-2 text-4xl font-bold tracking-tight">{esc(article["title"])}</h1>
<div class="mt-4 flex items-center gap-2 text-sm">{svg}<span>{esc(rng.choice(AUTHORS[lang]))}</span></div>
<div class="prose prose-lg mt-8 max-w-none">
{body}
</div>
<div class="mt-10 rounded-xl bg-gray-50 p-6"><h2 class="text-lg font-semibold">Newsletter</h2><p class="mt-1 text-sm">Get our weekly briefing on Central Asian politics, written by our editors and delivered every Friday morning.</p>
<form class="mt-4 flex gap-2"><input type="email" class="flex-1 rounded border px-3" placeholder="you@example.com"><button class="rounded bg-black px-4 text-white">Subscribe</button></form></div>
<section class="mt-12"><h2 class="text-xl font-bold">{esc(L["related"])}</h2><div class="mt-4 grid grid-cols-2 gap-6">
{"".join(f'<a href="/{i}" class="group block"><p class="font-semibold group-hover:underline">{esc(t)}</p><p class="mt-1 text-sm text-gray-600">{esc(rng.choice(LEADS[lang]))}</p></a>' for i, t in enumerate(rng.sample(TEASERS[lang], 4)))}
</div></section></main>
<footer class="border-t bg-gray-50"><div class="mx-auto max-w-7xl px-4 py-12 grid grid-cols-4 gap-8">{"".join(f'<div><h3 class="text-sm font-semibold">{esc(MENU[lang][i])}</h3>{menu(lang, host, "mt-4 space-y-2", "text-sm", n=7)}</div>' for i in range(4))}</div>
<p class="text-center text-xs text-gray-500">{esc(FOOTER[lang][1])}</p></footer></div>
<div class="fixed bottom-0 inset-x-0 bg-gray-900 p-4 text-white"><p class="text-sm">{esc(COOKIE[lang])}</p><button class="ml-4 rounded bg-white px-3 text-black">{esc(L["accept"])}</button></div>
</body></html>"""
    return page, paras, url


def minimal(article, rng, host, site):
    """A small organisation's press page: a few kilobytes, plain structure."""
    lang, L = article["lang"], LABELS[article["lang"]]
    url = f"https://{host}/press/{slug(article)}.html"
    paras = article["paras"]
    d = local_dt(article)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(article["title"])}</title><link rel="stylesheet" href="/s.css">{inline_css(rng, 2)}</head>
<body><div class="top"><a href="/">{esc(site)}</a> · <a href="/press/">{esc(MENU[lang][3])}</a> · <a href="/contacts">{esc(MENU[lang][-2])}</a></div>
<div class="page"><h1>{esc(article["title"])}</h1><div class="date">{d:%d.%m.%Y}</div>
{body}
<p class="back"><a href="/press/">← {esc(L["latest"])}</a></p></div>
<div class="side"><h3>{esc(L["latest"])}</h3><ul>{teaser_links(lang, rng, host, 10, with_date=True)}</ul></div>
<div class="bottom"><p>{esc(FOOTER[lang][3])}</p>© {esc(site)}, 2026</div></body></html>"""
    return page, paras, url
