from django.db.models import Count, Q
from blog.models import Article

top = Article.objects.annotate(
    comment_count=Count("comments", filter=Q(comments__is_approved=True)),
).order_by("-comment_count", "-published_at")[:5]
for article in top:
    print(article.comment_count, article.title)
