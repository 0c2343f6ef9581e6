<#include "header.ftl">
<h1>Archive</h1>
<#list published_posts as post>
<#if (last_month)??><#if post.date?string("MMMM yyyy") != last_month></ul><h2>${post.date?string("MMMM yyyy")}</h2><ul></#if><#else><h2>${post.date?string("MMMM yyyy")}</h2><ul></#if>
<li>${post.date?string("dd")} - <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
<#assign last_month = post.date?string("MMMM yyyy")>
</#list>
</ul>
<#include "footer.ftl">
