<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>A small blog</title>
<link>${config.site_host}</link>
<#list published_posts as post>
<item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link><pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate></item>
</#list>
</channel>
</rss>
