/// The site's one stylesheet, written to `style.css`: system fonts, readable on a phone,
/// visible focus, no web fonts and nothing from another host.
public enum Stylesheet {
    public static let css = """
    :root{--fg:#1b1b1b;--muted:#5a5a5a;--bg:#fff;--line:#d9d9d9;--accent:#8a1c1c;--soft:#f6f3ee}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
    a{color:var(--accent)}
    a:focus-visible,button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
    .skip{position:absolute;left:-999px;top:0;background:var(--fg);color:#fff;padding:.5rem 1rem}
    .skip:focus{left:0}
    .search{margin:.5rem 0 0}.search label{display:block;font-size:.9rem;color:var(--muted)}
    .search input{width:100%;max-width:24rem;font:inherit;padding:.3rem .4rem}.search ul{margin:.3rem 0 0;padding-left:1.2rem}
    .site-header,.site-footer,main{max-width:46rem;margin:0 auto;padding:0 1rem}
    .site-header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;border-bottom:2px solid var(--fg);padding-top:.75rem;padding-bottom:.5rem}
    .site-title{margin:0;font-weight:700;font-size:1.15rem}
    .site-title a{color:var(--fg);text-decoration:none}
    nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
    nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--fg)}
    main{padding-top:1rem;padding-bottom:2rem}
    h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
    h2{font-size:1.35rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line)}
    h3{font-size:1.1rem;margin:1.25rem 0 .35rem}
    .lead{font-size:1.1rem;color:var(--muted)}
    .meta,.count,.reviewed,.aliases,.native{color:var(--muted)}
    .headline{font-size:1.2rem}
    .headline strong{font-size:2rem;color:var(--accent)}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}
    caption{text-align:left;color:var(--muted);padding-bottom:.25rem}
    th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
    td{text-align:right;font-variant-numeric:tabular-nums}
    .facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;background:var(--soft);padding:.75rem 1rem;border-radius:4px}
    .facts dt{font-weight:600}
    .facts dd{margin:0}
    .facts ul{margin:0;padding-left:1.1rem}
    .facts ul.tags{padding-left:0}
    .status{display:inline-block;margin:0;padding:.1rem .5rem;border-radius:3px;font-size:.85rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;background:var(--soft)}
    .status-detained,.status-imprisoned{background:var(--accent);color:#fff}
    .status a{color:inherit;text-decoration:none}
    .status a:hover{text-decoration:underline}
    .photo{margin:1rem 0}
    .photo img{max-width:100%;height:auto;border-radius:4px}
    .photo figcaption,.note,.follow{color:var(--muted);font-size:.9rem}
    .chart{margin:.5rem 0}
    .chart img{display:block;width:100%;max-width:640px;height:auto}
    .chart figcaption{color:var(--muted);font-size:.9rem}
    details{margin:.5rem 0}
    summary{cursor:pointer;color:var(--accent)}
    .years ul,.pagination ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
    .years a[aria-current=page],.pagination a[aria-current=page]{font-weight:700;color:var(--fg);text-decoration:none}
    .pagination{margin:1rem 0}
    .pagination p{margin:0;color:var(--muted);font-size:.9rem}
    .site-footer nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
    code{font-size:.95em}
    .draft{font-size:.8rem;background:#ffe08a;color:#000;padding:0 .35rem;border-radius:3px;vertical-align:middle}
    ol.events,ul.articles,ul.prisoners,ol.sources{padding-left:0;list-style:none}
    ol.events li{padding:.35rem 0;border-bottom:1px solid var(--line)}
    ol.events time{font-weight:600;margin-right:.25rem}
    .kind{display:inline-block;font-size:.8rem;padding:0 .35rem;border:1px solid var(--line);border-radius:3px;color:var(--muted)}
    .who{font-weight:600}
    .links{font-size:.9rem}
    ul.articles>li{margin-bottom:1rem}
    ul.articles h2,ul.articles h3{border:0;margin:.25rem 0}
    ul.articles p{margin:.2rem 0}
    ul.prisoners li{position:relative;padding:.3rem 0;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
    ul.photos li{padding-left:3.25rem;min-height:2.5rem}
    ul.prisoners img{position:absolute;left:0;top:.35rem;border-radius:3px;background:var(--soft)}
    .orders{margin:.5rem 0 1rem}
    ol.sources{list-style:decimal;padding-left:1.5rem}
    .tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
    .tags li{background:var(--soft);padding:0 .5rem;border-radius:3px}
    blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--line);color:var(--muted)}
    .site-footer{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding-bottom:2rem}
    @media (max-width:30rem){h1{font-size:1.5rem}.facts{grid-template-columns:1fr}.facts dt{margin-top:.3rem}}
    @media (prefers-color-scheme:dark){:root{--fg:#eee;--muted:#aaa;--bg:#151515;--line:#333;--accent:#ff8f8f;--soft:#222}.status-detained,.status-imprisoned{color:#151515}}

    """
}
