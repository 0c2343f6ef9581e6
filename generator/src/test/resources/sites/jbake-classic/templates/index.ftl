<#include "header.ftl">
<#list published_posts as post><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2><p>${post.date?string("dd MMMM yyyy")}</p>${post.body}</#list>
<p>Tags: <#list tags as tag><a href="${content.rootpath}${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size}) </#list></p>
<#include "footer.ftl">
