<?xml version="1.0"?>
<rss version="2.0"><channel><title>Blog</title><link>${config.site_host}</link>
<#list published_posts as post><item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link></item></#list>
</channel></rss>
