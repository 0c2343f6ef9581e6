<#include "header.ftl">
<h1>Latest posts</h1>
<#list posts as post>
<#if (post.status == "published")>
<h2><a href="${post.uri}">${post.title}</a></h2>
<p>${post.date?string("dd MMMM yyyy")}</p>
</#if>
</#list>
<h2>Tags</h2>
<ul><#list tags as tag><li><a href="${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size})</li></#list></ul>
<h2>Everything</h2>
<ul><#list all_content?sort_by("uri") as c><li>${c.type}: ${c.title} (${c.status})</li></#list></ul>
<#include "footer.ftl">
