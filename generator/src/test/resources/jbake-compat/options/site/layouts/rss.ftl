<?xml version="1.0"?>
<rss version="2.0"><channel><title>${config.site_title}</title>
<#list published_posts as post><item><title>${post.title}</title><link>${config.site_host}${post.noExtensionUri!post.uri}</link></item></#list>
</channel></rss>
